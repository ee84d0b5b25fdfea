/**
 * Internal: Nexus, both sides. Handlers: Nexus service beans checked and registered through a
 * generated delegate that asks the bean for each operation's handler when it runs. Callers: the
 * {@code temporal.nexus.services} options of Nexus service stubs, and the endpoints they name,
 * created on the embedded server and checked on any other. Not API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.nexus;

import org.jspecify.annotations.NullMarked;
