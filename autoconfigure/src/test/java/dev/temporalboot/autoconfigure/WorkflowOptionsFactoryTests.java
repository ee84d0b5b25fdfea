package dev.temporalboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.client.DefaultTemporalWorkflows;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributeKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** A {@code temporal.workflows} entry becomes start options, checked only when they are built. */
class WorkflowOptionsFactoryTests {

  private static final String PREFIX = "temporal.workflows.OrderWorkflow";

  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void everyValueIsMapped() {
    WorkflowOptions options =
        WorkflowOptionsFactory.create(
            bind(
                Map.of(
                    "task-queue", " orders ",
                    "id-reuse-policy", "reject-duplicate",
                    "id-conflict-policy", "use-existing",
                    "execution-timeout", "1h",
                    "run-timeout", "30m",
                    "task-timeout", "10s",
                    "cron-schedule", "@daily",
                    "memo.team", "billing",
                    "search-attributes.Tier", "gold",
                    "retry.maximum-attempts", "3")),
            PREFIX,
            this.loader);
    assertThat(options.getTaskQueue()).isEqualTo("orders");
    assertThat(options.getWorkflowIdReusePolicy())
        .isEqualTo(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE);
    assertThat(options.getWorkflowIdConflictPolicy())
        .isEqualTo(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING);
    assertThat(options.getWorkflowExecutionTimeout()).isEqualTo(Duration.ofHours(1));
    assertThat(options.getWorkflowRunTimeout()).isEqualTo(Duration.ofMinutes(30));
    assertThat(options.getWorkflowTaskTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(options.getCronSchedule()).isEqualTo("@daily");
    assertThat(options.getMemo()).containsEntry("team", "billing");
    assertThat(options.getTypedSearchAttributes().get(SearchAttributeKey.forKeyword("Tier")))
        .isEqualTo("gold");
    assertThat(options.getRetryOptions().getMaximumAttempts()).isEqualTo(3);
  }

  @Test
  void unsetValuesKeepTheServersDefaults() {
    WorkflowOptions options =
        WorkflowOptionsFactory.create(new WorkflowProperties(), PREFIX, this.loader);
    assertThat(options).isEqualTo(WorkflowOptions.newBuilder().build());
  }

  @Test
  void entriesAreCheckedWhenBuiltNamingTheGivenPrefix() {
    Map<String, DefaultTemporalWorkflows.StartOptions> entries =
        WorkflowOptionsFactory.startOptions(
            Map.of("OrderWorkflow", bind(Map.of("run-timeout", "0s"))), this.loader);
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(() -> entries.get("OrderWorkflow").build(PREFIX))
        .satisfies(
            (ex) -> {
              assertThat(ex.getProperty()).isEqualTo(PREFIX + ".run-timeout");
              assertThat(ex.getProblem()).isEqualTo("'0s' is not a positive duration.");
            });
  }

  private static WorkflowProperties bind(Map<String, String> values) {
    Map<String, String> prefixed = new LinkedHashMap<>();
    values.forEach((key, value) -> prefixed.put("w." + key, value));
    return new Binder(new MapConfigurationPropertySource(prefixed))
        .bindOrCreate("w", WorkflowProperties.class);
  }
}
