/**
 * Internal: workers, from planning YAML and annotations into one immutable {@code WorkerPlan}
 * through registration to the registry that runs them. Not API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.worker;

import org.jspecify.annotations.NullMarked;
