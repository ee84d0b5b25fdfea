/**
 * Internal: what the embedded server's own gRPC services and interceptors share. Not API; it may
 * change in any release.
 */
@NullMarked
package dev.temporalboot.internal.embedded.grpc;

import org.jspecify.annotations.NullMarked;
