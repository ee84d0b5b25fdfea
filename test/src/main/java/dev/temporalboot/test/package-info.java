/**
 * Test support: {@code @TemporalTest} on the embedded server with time skipping, and workflow
 * replays.
 */
@NullMarked
package dev.temporalboot.test;

import org.jspecify.annotations.NullMarked;
