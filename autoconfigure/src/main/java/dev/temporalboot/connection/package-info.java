/**
 * API: {@code TemporalConnectionDetails}, everything needed to connect, which an application may
 * supply as a bean of its own.
 */
@NullMarked
package dev.temporalboot.connection;

import org.jspecify.annotations.NullMarked;
