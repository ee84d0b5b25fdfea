/** Internal: the classpath scan several packages share, for classes that are not beans. */
@NullMarked
package dev.temporalboot.internal.scan;

import org.jspecify.annotations.NullMarked;
