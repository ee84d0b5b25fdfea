package dev.temporalboot;

/**
 * Callback that gets the last word on a Temporal SDK options builder, after the YAML is applied.
 *
 * <p>Declare a bean typed with the builder it customizes, for example {@code
 * TemporalCustomizer<WorkflowServiceStubsOptions.Builder>}. Supported builders: {@code
 * WorkflowServiceStubsOptions.Builder}, {@code WorkflowClientOptions.Builder}, {@code
 * ScheduleClientOptions.Builder}, {@code WorkerFactoryOptions.Builder}, {@code
 * WorkerOptions.Builder} and {@code WorkflowImplementationOptions.Builder}. Several customizers of
 * one builder run in {@code @Order}.
 *
 * @param <T> the options builder type
 */
@FunctionalInterface
public interface TemporalCustomizer<T> {

  /**
   * Customizes the builder.
   *
   * @param builder the options builder, with the YAML already applied
   */
  void customize(T builder);
}
