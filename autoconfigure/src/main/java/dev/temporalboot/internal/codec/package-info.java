/**
 * Internal: the codec server, encoding and decoding payloads over HTTP through the application's
 * payload codecs. Not API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.codec;

import org.jspecify.annotations.NullMarked;
