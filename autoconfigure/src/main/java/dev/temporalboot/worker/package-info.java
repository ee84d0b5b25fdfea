/**
 * Workers: the registry and lifecycle, planning YAML and annotations into one worker per task
 * queue, registration and start.
 */
@NullMarked
package dev.temporalboot.worker;

import org.jspecify.annotations.NullMarked;
