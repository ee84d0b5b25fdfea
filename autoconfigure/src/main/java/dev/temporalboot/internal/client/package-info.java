/**
 * Internal: data converters, payload JSON mappers and the typed workflow stubs ({@code
 * DefaultTemporalWorkflows}). Not API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.client;

import org.jspecify.annotations.NullMarked;
