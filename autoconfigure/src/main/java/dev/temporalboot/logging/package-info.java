/**
 * Workflow and activity identity in the SLF4J MDC around each call into workflow or activity code.
 */
@NullMarked
package dev.temporalboot.logging;

import org.jspecify.annotations.NullMarked;
