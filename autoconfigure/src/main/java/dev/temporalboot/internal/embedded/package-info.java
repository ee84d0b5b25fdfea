/**
 * Internal: the embedded Temporal server, the SDK's test services on our own gRPC server with
 * search attributes, graceful poll completion and time skipping. Not API; it may change in any
 * release.
 */
@NullMarked
package dev.temporalboot.internal.embedded;

import org.jspecify.annotations.NullMarked;
