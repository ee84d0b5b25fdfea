/**
 * Internal: the worker interceptor that puts workflow and activity identity into the SLF4J MDC. Not
 * API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.logging;

import org.jspecify.annotations.NullMarked;
