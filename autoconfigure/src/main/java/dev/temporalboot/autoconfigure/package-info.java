/**
 * Wiring: {@code TemporalProperties}, the auto-configurations, and the mapping of properties onto
 * the SDK's options and the connection details.
 */
@NullMarked
package dev.temporalboot.autoconfigure;

import org.jspecify.annotations.NullMarked;
