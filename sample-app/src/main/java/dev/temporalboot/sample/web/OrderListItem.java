package dev.temporalboot.sample.web;

import dev.temporalboot.sample.order.OrderWorkflow;
import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.common.SearchAttributes;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An order as {@code GET /orders} lists it: only what the list result itself carries, no call per
 * order.
 *
 * @param orderId the order
 * @param workflowId its workflow, {@code order-<orderId>}
 * @param status the workflow's status: RUNNING, COMPLETED...
 * @param startTime when the workflow started
 * @param closeTime when it ended, if it has
 * @param summary the memo given at start
 * @param customerId a search attribute given at start
 * @param customerTier a search attribute given at start
 */
public record OrderListItem(
    String orderId,
    String workflowId,
    String status,
    Instant startTime,
    @Nullable Instant closeTime,
    @Nullable String summary,
    @Nullable String customerId,
    @Nullable String customerTier) {

  private static final String PREFIX = OrderWorkflow.workflowId("");

  static OrderListItem of(WorkflowExecutionMetadata execution) {
    String workflowId = execution.getExecution().getWorkflowId();
    SearchAttributes attributes = execution.getTypedSearchAttributes();
    return new OrderListItem(
        workflowId.startsWith(PREFIX) ? workflowId.substring(PREFIX.length()) : workflowId,
        workflowId,
        OrderStatus.of(execution.getStatus()).name(),
        execution.getStartTime(),
        execution.getCloseTime(),
        (String) execution.getMemo("summary", String.class),
        attributes.get(OrderController.CUSTOMER_ID),
        attributes.get(OrderController.CUSTOMER_TIER));
  }
}
