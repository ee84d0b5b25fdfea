package dev.temporalboot.testnamespaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.test.TemporalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The billing namespace's worker calls the mock that replaced its activity bean. */
@TemporalTest(classes = NamespacesTestApplication.class)
@TestPropertySource(locations = "classpath:namespaces-test.properties")
class BillingMockedActivitiesTests {

  @MockitoBean LedgerActivities ledger;

  @Autowired
  @Qualifier("billing")
  TemporalWorkflows billingWorkflows;

  @Test
  void billingWorkerCallsTheMockitoBean() {
    given(this.ledger.post(anyString())).willReturn("mocked-entry");

    String entry =
        this.billingWorkflows.newStub(InvoiceWorkflow.class, "inv-mock").invoice("cy", 30);

    assertThat(entry).isEqualTo("mocked-entry in billing-prod");
    verify(this.ledger).post("cy");
  }
}
