/**
 * Data converters, payload JSON mappers and typed workflow stubs ({@code
 * DefaultTemporalWorkflows}).
 */
@NullMarked
package dev.temporalboot.client;

import org.jspecify.annotations.NullMarked;
