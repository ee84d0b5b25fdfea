/**
 * Internal: target syntax, TLS contexts, gRPC errors and the service stubs built from the
 * connection details. Not API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.connection;

import org.jspecify.annotations.NullMarked;
