/** Tracing through Micrometer Observations whose context travels in Temporal headers. */
@NullMarked
package dev.temporalboot.tracing;

import org.jspecify.annotations.NullMarked;
