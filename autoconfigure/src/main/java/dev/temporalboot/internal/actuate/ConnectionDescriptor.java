package dev.temporalboot.internal.actuate;

import org.jspecify.annotations.Nullable;

/**
 * Where the application connects, as {@code GET /actuator/temporal} shows it: never a secret.
 *
 * @param target the frontend, host:port
 * @param namespace the namespace
 * @param tls whether the connection uses TLS
 * @param apiKeySet whether an API key is configured (its value is never shown)
 * @param embedded whether the target is the in-process server
 * @param embeddedPort the port of the in-process server, or null when none runs
 */
public record ConnectionDescriptor(
    String target,
    String namespace,
    boolean tls,
    boolean apiKeySet,
    boolean embedded,
    @Nullable Integer embeddedPort) {}
