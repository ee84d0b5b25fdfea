package dev.temporalboot;

import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.util.function.Consumer;

/**
 * Creates workflow stubs without {@link WorkflowOptions} boilerplate: stubs for new executions get
 * their start options from {@code temporal.workflows.<Interface>}, and the task queue defaults to
 * the only queue of this application that implements the interface.
 *
 * <pre>{@code
 * OrderWorkflow workflow = workflows.newStub(OrderWorkflow.class, "order-42");
 * WorkflowClient.start(workflow::process, order);
 * workflows.stub(OrderWorkflow.class, "order-42").cancel();
 * }</pre>
 *
 * <p>The auto-configuration creates one unless the application defines its own.
 */
public interface TemporalWorkflows {

  /**
   * Returns a typed stub that starts a new execution with the options from {@code
   * temporal.workflows}; calling its workflow method (or {@code WorkflowClient.start}) starts it.
   *
   * @param workflowInterface an interface annotated with {@code @WorkflowInterface}
   * @param workflowId the business id of the new execution
   * @param <T> the workflow interface
   * @return a stub bound to no execution yet
   * @throws IllegalArgumentException when the class is not a {@code @WorkflowInterface}
   * @throws dev.temporalboot.diagnostics.InvalidTemporalPropertyException when no task queue is
   *     configured and none or several queues of this application implement the interface
   */
  <T> T newStub(Class<T> workflowInterface, String workflowId);

  /**
   * Returns a typed stub for a new execution whose options start from {@code temporal.workflows}
   * and are then changed in code: the builder passed to {@code overrides} is filled from YAML and
   * the workflow id, and whatever it sets wins. The task queue is inferred only when neither YAML
   * nor the overrides set one.
   *
   * @param workflowInterface an interface annotated with {@code @WorkflowInterface}
   * @param workflowId the business id of the new execution
   * @param overrides changes to the start options, applied last
   * @param <T> the workflow interface
   * @return a stub bound to no execution yet
   * @throws IllegalArgumentException when the class is not a {@code @WorkflowInterface}
   * @throws dev.temporalboot.diagnostics.InvalidTemporalPropertyException when no task queue is set
   *     and none or several queues of this application implement the interface
   */
  <T> T newStub(
      Class<T> workflowInterface, String workflowId, Consumer<WorkflowOptions.Builder> overrides);

  /**
   * Returns a typed stub bound to an existing execution (its latest run), to signal, query or
   * update it through its interface, or to wait for its result with the workflow method.
   *
   * @param workflowInterface an interface annotated with {@code @WorkflowInterface}
   * @param workflowId the workflow id of the execution
   * @param <T> the workflow interface
   * @return a stub bound to the execution
   * @throws IllegalArgumentException when the class is not a {@code @WorkflowInterface}
   */
  <T> T existing(Class<T> workflowInterface, String workflowId);

  /**
   * Returns an untyped stub bound to an existing execution (its latest run): cancel, terminate,
   * describe, signal or query by name, or read its result.
   *
   * @param workflowId the workflow id of the execution
   * @return a stub bound to the execution
   */
  WorkflowStub stub(String workflowId);

  /**
   * Returns an untyped stub bound to an existing execution of a known workflow type, as {@link
   * #stub(String)} but carrying the workflow type of the interface.
   *
   * @param workflowInterface an interface annotated with {@code @WorkflowInterface}
   * @param workflowId the workflow id of the execution
   * @return a stub bound to the execution
   * @throws IllegalArgumentException when the class is not a {@code @WorkflowInterface}
   */
  WorkflowStub stub(Class<?> workflowInterface, String workflowId);
}
