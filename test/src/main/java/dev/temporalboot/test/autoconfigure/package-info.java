/** Auto-configuration of the test support beans. */
@NullMarked
package dev.temporalboot.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
