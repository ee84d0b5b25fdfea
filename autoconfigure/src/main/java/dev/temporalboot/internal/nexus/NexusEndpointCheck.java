package dev.temporalboot.internal.nexus;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the Nexus endpoints at start-up, once the workers are assembled: the embedded server must
 * have every endpoint a stub names (a missing one fails start-up), any other server is only told
 * about (a missing one is a warning, checked in the background so that start-up never waits for a
 * remote server), and a declared endpoint whose task queue no worker here polls is a warning.
 */
public final class NexusEndpointCheck {

  private static final Logger logger = LoggerFactory.getLogger(NexusEndpointCheck.class);

  private final List<NexusEndpoint> declared;

  private final boolean embedded;

  private final Lookup lookup;

  /** Asks the server which endpoint names it does not have. */
  @FunctionalInterface
  public interface Lookup {

    /**
     * Returns the names the server has no endpoint for.
     *
     * @param names endpoint names
     * @return the missing ones
     */
    Set<String> missing(Collection<String> names);
  }

  /**
   * Creates the check.
   *
   * @param declared the endpoints of {@code temporal.nexus.endpoints}
   * @param embedded whether the server is the embedded one, where the declared endpoints exist
   * @param lookup asks the server which endpoints it lacks
   */
  public NexusEndpointCheck(List<NexusEndpoint> declared, boolean embedded, Lookup lookup) {
    this.declared = List.copyOf(declared);
    this.embedded = embedded;
    this.lookup = lookup;
  }

  /**
   * Runs the check.
   *
   * @param named the endpoints stubs and YAML name, each with where it is named
   * @param servedQueues the task queues this application's workers poll, by namespace
   * @throws InvalidTemporalPropertyException on the embedded server, for an endpoint named but
   *     neither declared nor existing
   */
  public void check(Map<String, String> named, Map<String, Set<String>> servedQueues) {
    for (NexusEndpoint endpoint : this.declared) {
      if (!servedQueues
          .getOrDefault(endpoint.namespace(), Set.of())
          .contains(endpoint.taskQueue())) {
        logger.warn(
            "Nexus endpoint '{}' ({}{}) sends operations to task queue '{}' in namespace '{}', which"
                + " no worker of this application polls: another application must serve it, or its"
                + " operations wait",
            endpoint.name(),
            NexusEndpoint.PREFIX,
            endpoint.name(),
            endpoint.taskQueue(),
            endpoint.namespace());
      }
    }
    if (named.isEmpty()) {
      return;
    }
    if (this.embedded) {
      List<String> undeclared = new ArrayList<>(named.keySet());
      this.declared.forEach((endpoint) -> undeclared.remove(endpoint.name()));
      if (undeclared.isEmpty()) {
        return;
      }
      for (String name : this.lookup.missing(undeclared)) {
        throw new InvalidTemporalPropertyException(
            NexusEndpoint.PREFIX + name + ".task-queue",
            "Nexus endpoint '"
                + name
                + "', named by "
                + named.get(name)
                + ", is neither declared there nor on the embedded server.",
            "Declare it with the task queue of the worker that serves its Nexus service, e.g. "
                + NexusEndpoint.PREFIX
                + name
                + ".task-queue=payments, or name an endpoint that exists.");
      }
    } else {
      Thread thread = new Thread(() -> checkRemote(named), "temporal-nexus-endpoint-check");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void checkRemote(Map<String, String> named) {
    Set<String> missing;
    try {
      missing = this.lookup.missing(named.keySet());
    } catch (RuntimeException ex) {
      logger.info(
          "Could not check that the Nexus endpoints {} exist: {}", named.keySet(), ex.toString());
      return;
    }
    for (String name : missing) {
      logger.warn(
          "Nexus endpoint '{}', named by {}, does not exist on the Temporal server: operations sent"
              + " to it fail until an operator creates it (Temporal Boot creates endpoints only on"
              + " the embedded server)",
          name,
          named.get(name));
    }
  }
}
