/**
 * The embedded Temporal server: the SDK's test services on our own gRPC server, search attributes,
 * graceful poll completion and time skipping.
 */
@NullMarked
package dev.temporalboot.embedded;

import org.jspecify.annotations.NullMarked;
