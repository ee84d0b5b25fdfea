package dev.temporalboot.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.test.app.BillingActivities;
import dev.temporalboot.test.app.RenewalWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The worker calls the mock that replaced the activity bean, on that bean's task queue. */
@TemporalTest
class MockedActivitiesTests {

  @MockitoBean BillingActivities billing;

  @Autowired TemporalWorkflows workflows;

  @Test
  void workerCallsTheMockitoBean() {
    given(this.billing.charge(anyString())).willReturn("mocked-invoice");

    String invoice =
        this.workflows.newStub(RenewalWorkflow.class, "renewal-sub-mock").renew("sub-mock", 30);

    assertThat(invoice).isEqualTo("mocked-invoice");
    verify(this.billing).charge("sub-mock");
    verify(this.billing).notifyCustomer("sub-mock");
  }
}
