package dev.temporalboot.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Placeholders: one wording for one that cannot be resolved, in a property or an annotation. */
class PlaceholdersTests {

  private static final String KEY = "temporal.workers[0].task-queue";

  private static final String ACTION =
      "Define the property it names, or give it a default: ${name:default}.";

  private final MockEnvironment environment = new MockEnvironment().withProperty("queue", "orders");

  @Test
  void valueWithoutPlaceholderPasses() {
    assertThatNoException().isThrownBy(() -> Placeholders.requireResolved(KEY, "orders"));
    assertThatNoException().isThrownBy(() -> Placeholders.requireResolved(KEY, "$ {not} one"));
  }

  @Test
  void boundValueStillHoldingAPlaceholderFails() {
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(() -> Placeholders.requireResolved(KEY, "${missing.queue}"))
        .satisfies(
            (ex) -> {
              assertThat(ex.getProperty()).isEqualTo(KEY);
              assertThat(ex.getProblem())
                  .isEqualTo("'${missing.queue}' has a placeholder that cannot be resolved.");
              assertThat(ex.getAction()).isEqualTo(ACTION);
            });
  }

  @Test
  void annotationValueIsResolved() {
    assertThat(
            Placeholders.resolve(this.environment, "${queue}", "@WorkflowImpl on X", "taskQueues"))
        .isEqualTo("orders");
    assertThat(
            Placeholders.resolve(
                this.environment, "${missing:fallback}", "@WorkflowImpl on X", "taskQueues"))
        .isEqualTo("fallback");
  }

  @Test
  void annotationValueThatCannotBeResolvedFailsNamingTheAttribute() {
    assertThatExceptionOfType(InvalidTemporalComponentException.class)
        .isThrownBy(
            () ->
                Placeholders.resolve(
                    this.environment,
                    "${missing}",
                    "@WorkflowImpl on com.acme.OrderWorkflowImpl",
                    "taskQueues"))
        .satisfies(
            (ex) -> {
              assertThat(ex.getComponent())
                  .isEqualTo("@WorkflowImpl on com.acme.OrderWorkflowImpl");
              assertThat(ex.getDescription())
                  .isEqualTo(
                      "@WorkflowImpl on com.acme.OrderWorkflowImpl: taskQueues: '${missing}' has a"
                          + " placeholder that cannot be resolved.");
              assertThat(ex.getAction()).isEqualTo(ACTION);
              assertThat(ex).hasCauseInstanceOf(IllegalArgumentException.class);
            });
  }
}
