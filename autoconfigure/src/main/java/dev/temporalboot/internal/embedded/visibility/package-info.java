/**
 * Internal: Temporal's visibility query (list filter) language for the embedded server, parsed and
 * evaluated against one execution's search attributes. Not API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.embedded.visibility;

import org.jspecify.annotations.NullMarked;
