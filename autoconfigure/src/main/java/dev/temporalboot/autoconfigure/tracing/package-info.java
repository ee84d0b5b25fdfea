/**
 * Auto-configuration of the tracing interceptors when Micrometer Tracing supplies an {@code
 * ObservationRegistry} and a {@code Propagator}.
 */
@NullMarked
package dev.temporalboot.autoconfigure.tracing;

import org.jspecify.annotations.NullMarked;
