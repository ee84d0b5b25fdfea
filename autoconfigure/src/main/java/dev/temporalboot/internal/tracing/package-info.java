/**
 * Internal: the client and worker interceptors that carry Micrometer Observations in Temporal
 * headers. Not API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.tracing;

import org.jspecify.annotations.NullMarked;
