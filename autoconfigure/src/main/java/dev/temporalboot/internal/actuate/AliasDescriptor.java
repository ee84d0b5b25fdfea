package dev.temporalboot.internal.actuate;

import java.util.List;

/**
 * One {@code temporal.namespaces} entry as {@code GET /actuator/temporal} shows it under {@code
 * namespaces}: never a secret.
 *
 * @param namespace the Temporal namespace
 * @param target the frontend, host:port
 * @param tls whether the connection uses TLS
 * @param apiKeySet whether an API key is configured (its value is never shown)
 * @param workers its workers, shown as the primary namespace's are
 */
record AliasDescriptor(
    String namespace,
    String target,
    boolean tls,
    boolean apiKeySet,
    List<WorkerDescriptor> workers) {}
