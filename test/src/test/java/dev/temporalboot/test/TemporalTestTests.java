package dev.temporalboot.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.test.app.RenewalWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@TemporalTest
class TemporalTestTests {

  @Autowired WorkflowClient client;

  @Autowired TemporalConnectionDetails connection;

  @Autowired EmbeddedTemporalServer server;

  @Value("${local.temporal.port}")
  int port;

  @Test
  void runsOnTheEmbeddedServerOnAFreePortDespiteTheConfiguredTarget() {
    assertThat(this.connection.getTarget()).isEqualTo(this.server.getTarget());
    assertThat(this.connection.getTarget()).isEqualTo("127.0.0.1:" + this.port);
    assertThat(this.port).isNotEqualTo(7233);
  }

  @Test
  void thirtyDaySleepFinishesWhileActivitiesRunForReal() {
    long start = System.nanoTime();

    String invoice = renewal("sub-30").renew("sub-30", 30);

    assertThat(invoice).isEqualTo("invoice-sub-30");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  private RenewalWorkflow renewal(String id) {
    return this.client.newWorkflowStub(
        RenewalWorkflow.class,
        WorkflowOptions.newBuilder().setTaskQueue("renewals").setWorkflowId(id).build());
  }
}
