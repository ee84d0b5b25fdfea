/**
 * Internal: Spring AOT support. Scans at build time what the application would scan at start-up,
 * and the reflection, proxy and binding hints a native image needs for the SDK and the workflows,
 * activities and Nexus services of the application.
 */
@NullMarked
package dev.temporalboot.internal.aot;

import org.jspecify.annotations.NullMarked;
