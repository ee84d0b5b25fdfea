package dev.temporalboot.internal.client;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.internal.worker.WorkerDefinition;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.metadata.POJOWorkflowInterfaceMetadata;
import io.temporal.common.metadata.POJOWorkflowMethodMetadata;
import io.temporal.workflow.WorkflowInterface;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * {@link TemporalWorkflows} over a {@link WorkflowClient}. The {@code temporal.workflows} entries
 * are resolved and checked once every singleton exists, because simple names and task queue
 * defaults depend on the workers' plan: a mistake still fails startup before anything polls.
 */
public class DefaultTemporalWorkflows implements TemporalWorkflows, SmartInitializingSingleton {

  private final WorkflowClient client;

  private final Settings settings;

  private final Supplier<Collection<WorkerDefinition>> definitions;

  private volatile @Nullable WorkflowDefaults defaults;

  /**
   * Creates the client factory.
   *
   * @param client the workflow client
   * @param settings the {@code temporal.workflows} entries and where to look their keys up
   * @param definitions the workers of this application, empty when it runs none
   */
  public DefaultTemporalWorkflows(
      WorkflowClient client,
      Settings settings,
      Supplier<Collection<WorkerDefinition>> definitions) {
    this.client = client;
    this.settings = settings;
    this.definitions = definitions;
  }

  @Override
  public <T> T newStub(Class<T> workflowInterface, String workflowId) {
    return newStub(workflowInterface, workflowId, (builder) -> {});
  }

  @Override
  public <T> T newStub(
      Class<T> workflowInterface, String workflowId, Consumer<WorkflowOptions.Builder> overrides) {
    requireWorkflowInterface(workflowInterface);
    WorkflowDefaults defaults = defaults();
    WorkflowDefaults.Entry entry = defaults.find(workflowInterface);
    WorkflowOptions.Builder builder =
        (entry != null)
            ? WorkflowOptions.newBuilder(entry.options())
            : WorkflowOptions.newBuilder();
    builder.setWorkflowId(workflowId);
    overrides.accept(builder);
    WorkflowOptions options = builder.build();
    if (!StringUtils.hasText(options.getTaskQueue())) {
      String property = defaults.prefixOf(workflowInterface) + ".task-queue";
      String queue = TaskQueues.infer(workflowInterface, this.definitions.get(), property);
      options = WorkflowOptions.newBuilder(options).setTaskQueue(queue).build();
    }
    return this.client.newWorkflowStub(workflowInterface, options);
  }

  @Override
  public <T> T existing(Class<T> workflowInterface, String workflowId) {
    requireWorkflowInterface(workflowInterface);
    return this.client.newWorkflowStub(workflowInterface, workflowId);
  }

  @Override
  public WorkflowStub stub(String workflowId) {
    return this.client.newUntypedWorkflowStub(workflowId);
  }

  @Override
  public WorkflowStub stub(Class<?> workflowInterface, String workflowId) {
    requireWorkflowInterface(workflowInterface);
    Optional<String> type =
        POJOWorkflowInterfaceMetadata.newInstance(workflowInterface)
            .getWorkflowMethod()
            .map(POJOWorkflowMethodMetadata::getName);
    return this.client.newUntypedWorkflowStub(workflowId, Optional.empty(), type);
  }

  /**
   * Returns the start options that {@code temporal.workflows} gives each configured interface.
   *
   * @return options by workflow interface (task queue and id not yet filled in by code)
   */
  public Map<Class<?>, WorkflowOptions> getDefaults() {
    return defaults().options();
  }

  /** Resolves and checks {@code temporal.workflows} now that the workers' plan exists. */
  @Override
  public void afterSingletonsInstantiated() {
    this.defaults = resolve();
  }

  private WorkflowDefaults defaults() {
    WorkflowDefaults resolved = this.defaults;
    if (resolved == null) {
      resolved = resolve();
      this.defaults = resolved;
    }
    return resolved;
  }

  private WorkflowDefaults resolve() {
    Settings settings = this.settings;
    WorkflowInterfaceNames names =
        new WorkflowInterfaceNames(
            this.definitions.get(),
            settings.packages(),
            settings.environment(),
            settings.resourceLoader());
    return WorkflowDefaults.resolve(
        settings.prefix(), settings.workflows(), names, settings.resourceLoader().getClassLoader());
  }

  private static void requireWorkflowInterface(Class<?> type) {
    if (!type.isInterface() || !type.isAnnotationPresent(WorkflowInterface.class)) {
      throw new IllegalArgumentException(
          type.getName()
              + " is not an interface annotated with @WorkflowInterface: pass the workflow"
              + " interface, not its implementation class.");
    }
  }

  /**
   * The start options of one {@code temporal.workflows} entry, built and checked only once its key
   * names a workflow interface, so that a key's mistake is reported before its values'.
   */
  @FunctionalInterface
  public interface StartOptions {

    /**
     * Builds the entry's start options, without workflow id and with a task queue only when set.
     *
     * @param prefix the entry's property prefix, to name in errors, e.g. {@code
     *     temporal.workflows.OrderWorkflow}
     * @return the start options
     * @throws dev.temporalboot.diagnostics.InvalidTemporalPropertyException if a value is invalid
     */
    WorkflowOptions build(String prefix);
  }

  /**
   * What the factory needs from the application.
   *
   * @param prefix the property under which the entries are keyed, to name in errors
   * @param workflows the {@code temporal.workflows} entries by key, as written
   * @param packages the application's packages, where simple names of workflow interfaces that no
   *     registered workflow implements are looked up
   * @param environment the application's environment, listing the keys as written
   * @param resourceLoader the application's resource and class loader
   */
  public record Settings(
      String prefix,
      Map<String, StartOptions> workflows,
      List<String> packages,
      Environment environment,
      ResourceLoader resourceLoader) {}
}
