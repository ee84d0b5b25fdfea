/**
 * The codec server: payload encoding and decoding over HTTP through the application's payload
 * codecs.
 */
@NullMarked
package dev.temporalboot.codec;

import org.jspecify.annotations.NullMarked;
