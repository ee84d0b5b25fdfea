/**
 * Where and how to connect: {@code TemporalConnectionDetails}, target syntax, TLS and the service
 * stubs' options.
 */
@NullMarked
package dev.temporalboot.connection;

import org.jspecify.annotations.NullMarked;
