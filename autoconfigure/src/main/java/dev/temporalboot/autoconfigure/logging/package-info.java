/** Auto-configuration of the MDC worker interceptor ({@code temporal.logging.mdc.enabled}). */
@NullMarked
package dev.temporalboot.autoconfigure.logging;

import org.jspecify.annotations.NullMarked;
