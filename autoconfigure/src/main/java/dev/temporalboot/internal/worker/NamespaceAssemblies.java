package dev.temporalboot.internal.worker;

import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * What the worker assemblies of every namespace name and serve together: a Nexus endpoint lives on
 * a server, and may lead to a queue of any namespace of the application.
 */
public final class NamespaceAssemblies {

  private final Collection<WorkerAssembly> assemblies;

  private NamespaceAssemblies(Collection<WorkerAssembly> assemblies) {
    this.assemblies = assemblies;
  }

  /**
   * Returns the assemblies of the application, the primary namespace's and each alias's.
   *
   * @param beanFactory the application's bean factory
   * @return the assemblies, which plan on first use
   */
  public static NamespaceAssemblies of(ListableBeanFactory beanFactory) {
    return new NamespaceAssemblies(beanFactory.getBeansOfType(WorkerAssembly.class).values());
  }

  /**
   * Returns the Nexus endpoints named by the workflows of the namespaces on one server, each with
   * where it is named.
   *
   * @param stubs a channel to the server, such as the primary namespace's
   * @return the endpoints named there
   */
  public Map<String, String> nexusEndpointsOn(WorkflowServiceStubs stubs) {
    Map<String, String> named = new LinkedHashMap<>();
    for (WorkerAssembly assembly : this.assemblies) {
      if (sameServer(assembly.serviceStubs(), stubs)) {
        assembly.plan().nexusEndpoints().forEach(named::putIfAbsent);
      }
    }
    return named;
  }

  /**
   * Returns the Nexus endpoints named by the workflows of namespaces on other servers, by
   * namespace: a check through the given channel cannot see their endpoints.
   *
   * @param stubs a channel to the server the check asks
   * @return the endpoints named elsewhere, by namespace
   */
  public Map<TemporalNamespace, Set<String>> nexusEndpointsNotOn(WorkflowServiceStubs stubs) {
    Map<TemporalNamespace, Set<String>> named = new LinkedHashMap<>();
    for (WorkerAssembly assembly : this.assemblies) {
      WorkerPlan plan = assembly.plan();
      if (!sameServer(assembly.serviceStubs(), stubs) && !plan.nexusEndpoints().isEmpty()) {
        named.put(plan.namespace(), new LinkedHashSet<>(plan.nexusEndpoints().keySet()));
      }
    }
    return named;
  }

  /** Endpoints are per server: two channels to one target see the same ones. */
  private static boolean sameServer(WorkflowServiceStubs one, WorkflowServiceStubs other) {
    return one == other
        || Objects.equals(one.getOptions().getTarget(), other.getOptions().getTarget());
  }

  /**
   * Returns the task queues the workers poll, by Temporal namespace.
   *
   * @return the served queues
   */
  public Map<String, Set<String>> taskQueuesByNamespace() {
    Map<String, Set<String>> served = new LinkedHashMap<>();
    for (WorkerAssembly assembly : this.assemblies) {
      WorkerPlan plan = assembly.plan();
      served
          .computeIfAbsent(plan.namespace().name(), (namespace) -> new LinkedHashSet<>())
          .addAll(plan.taskQueues());
    }
    return served;
  }
}
