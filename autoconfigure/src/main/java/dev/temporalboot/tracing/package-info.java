/**
 * API for tracing: the observation convention and contexts of Temporal calls, whose trace context
 * travels in Temporal headers.
 */
@NullMarked
package dev.temporalboot.tracing;

import org.jspecify.annotations.NullMarked;
