package dev.temporalboot.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import dev.temporalboot.test.app.BillingActivities;
import dev.temporalboot.test.app.RenewalWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The worker calls the mock that replaced the activity bean, on that bean's task queue. */
@TemporalTest
class MockedActivitiesTests {

  @MockitoBean BillingActivities billing;

  @Autowired WorkflowClient client;

  @Test
  void workerCallsTheMockitoBean() {
    given(this.billing.charge(anyString())).willReturn("mocked-invoice");

    String invoice =
        this.client
            .newWorkflowStub(
                RenewalWorkflow.class,
                WorkflowOptions.newBuilder().setTaskQueue("renewals").build())
            .renew("sub-mock", 7);

    assertThat(invoice).isEqualTo("mocked-invoice");
    verify(this.billing).charge("sub-mock");
    verify(this.billing).notifyCustomer("sub-mock");
  }
}
