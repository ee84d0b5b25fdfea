/**
 * Auto-configuration of the codec server: routes, CORS and startup checks ({@code
 * temporal.codec-server.*}).
 */
@NullMarked
package dev.temporalboot.autoconfigure.codec;

import org.jspecify.annotations.NullMarked;
