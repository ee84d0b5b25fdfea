package dev.temporalboot.e2e.actuator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.e2e.metrics.BasketWorkflow;
import dev.temporalboot.e2e.metrics.MetricsApplication;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Metrics that workflow code records through {@code Workflow.getMetricsScope()} reach the app's
 * registry with the workflow's tags, histograms included (the SDK's own reporter drops those).
 */
@SpringBootTest(classes = MetricsApplication.class, properties = "temporal.embedded.port=0")
class WorkflowMetricsTests {

  @Autowired WorkflowClient client;

  @Autowired MeterRegistry registry;

  @Test
  void countersAndHistogramsOfWorkflowCodeReachTheRegistryWithTheWorkflowsTags() {
    BasketWorkflow basket =
        this.client.newWorkflowStub(
            BasketWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue("baskets")
                .setWorkflowId("basket-" + UUID.randomUUID())
                .build());
    assertThat(basket.check(7)).isEqualTo(7);
    assertThat(
            this.registry
                .get("baskets_checked")
                .tags("workflow_type", "BasketWorkflow", "task_queue", "baskets")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(this.registry.get("basket_size").tags("workflow_type", "BasketWorkflow").summary())
        .satisfies(
            (summary) -> {
              assertThat(summary.count()).isEqualTo(1);
              assertThat(summary.totalAmount()).isEqualTo(7);
            });
    assertThat(
            this.registry
                .get("basket_wait")
                .tags("workflow_type", "BasketWorkflow")
                .timer()
                .totalTime(TimeUnit.MILLISECONDS))
        .isEqualTo(40);
  }
}
