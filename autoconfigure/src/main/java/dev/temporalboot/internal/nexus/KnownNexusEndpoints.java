package dev.temporalboot.internal.nexus;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What the application knows about its Nexus endpoints: those it declares, whether it created them
 * (on the embedded server), and what the server last said about the ones it asked for. Every lookup
 * of the start-up check and of the health indicator goes through here, so the actuator shows the
 * latest answer without asking the server itself.
 */
public final class KnownNexusEndpoints implements NexusEndpointCheck.Lookup {

  private final List<NexusEndpoint> declared;

  private final boolean embedded;

  private final NexusEndpointCheck.Lookup server;

  private final Map<String, Boolean> exists = new ConcurrentHashMap<>();

  /**
   * Creates the record.
   *
   * @param declared the endpoints of {@code temporal.nexus.endpoints}
   * @param embedded whether the server is the embedded one, which creates the declared endpoints
   * @param server asks the server which endpoints it lacks
   */
  public KnownNexusEndpoints(
      List<NexusEndpoint> declared, boolean embedded, NexusEndpointCheck.Lookup server) {
    this.declared = List.copyOf(declared);
    this.embedded = embedded;
    this.server = server;
  }

  /** Returns the endpoints of {@code temporal.nexus.endpoints}. */
  public List<NexusEndpoint> declared() {
    return this.declared;
  }

  /** Returns whether the server is the embedded one, where the declared endpoints were created. */
  public boolean embedded() {
    return this.embedded;
  }

  /**
   * Returns whether the application created an endpoint: a declared one on the embedded server.
   *
   * @param name the endpoint's name
   * @return whether start-up created (or found and kept) it
   */
  public boolean created(String name) {
    return this.embedded && this.declared.stream().anyMatch((e) -> e.name().equals(name));
  }

  /**
   * Returns whether the endpoint exists on the server, as far as known.
   *
   * @param name the endpoint's name
   * @return true or false from the latest answer, or null when the server was never asked
   */
  public @Nullable Boolean exists(String name) {
    return created(name) ? Boolean.TRUE : this.exists.get(name);
  }

  /** Asks the server, and remembers its answer. Failures propagate and are not remembered. */
  @Override
  public Set<String> missing(Collection<String> names) {
    Set<String> missing = this.server.missing(names);
    names.forEach((name) -> this.exists.put(name, !missing.contains(name)));
    return missing;
  }
}
