/** API: {@code MdcKeys}, the SLF4J MDC keys set in workflow and activity code. */
@NullMarked
package dev.temporalboot.logging;

import org.jspecify.annotations.NullMarked;
