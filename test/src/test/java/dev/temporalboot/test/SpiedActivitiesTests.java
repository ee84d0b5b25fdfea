package dev.temporalboot.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;

import dev.temporalboot.test.app.BillingActivitiesImpl;
import dev.temporalboot.test.app.RenewalWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A spy keeps the real activity and records the calls. */
@TemporalTest
class SpiedActivitiesTests {

  @MockitoSpyBean BillingActivitiesImpl billing;

  @Autowired WorkflowClient client;

  @Test
  void workerCallsTheSpyWhichRunsTheRealActivity() {
    String invoice =
        this.client
            .newWorkflowStub(
                RenewalWorkflow.class,
                WorkflowOptions.newBuilder().setTaskQueue("renewals").build())
            .renew("sub-spy", 3);

    assertThat(invoice).isEqualTo("invoice-sub-spy");
    verify(this.billing).charge("sub-spy");
  }
}
