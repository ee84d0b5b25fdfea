package dev.temporalboot.testnamespaces;

import dev.temporalboot.TemporalCustomizer;
import io.temporal.worker.WorkflowImplementationOptions;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Orders in the primary namespace, invoices in the billing one, apart from the other test
 * applications' packages.
 */
@SpringBootApplication
public class NamespacesTestApplication {

  /** Billing's workflows only fail, instead of retrying the task, on a rejected invoice. */
  @Bean
  @Qualifier("billing")
  TemporalCustomizer<WorkflowImplementationOptions.Builder> billingFailsRejectedInvoices() {
    return (builder) -> builder.setFailWorkflowExceptionTypes(InvoiceRejectedException.class);
  }
}
