package dev.temporalboot.sample.web;

import dev.temporalboot.sample.customer.Customers;
import dev.temporalboot.sample.order.OrderWorkflow;
import org.jspecify.annotations.Nullable;

/**
 * The filters of {@code GET /orders}, checked, as one visibility query whose shape no value can
 * change.
 *
 * @param customer the customer id, any text: quoted and escaped in the query
 * @param tier one of {@link Customers#TIERS}
 * @param status the workflow's status
 */
record OrderFilter(@Nullable String customer, @Nullable String tier, @Nullable OrderStatus status) {

  /**
   * The filter the request parameters name, tier and status in any case; a tier or status it does
   * not know is refused.
   */
  static OrderFilter of(@Nullable String customer, @Nullable String tier, @Nullable String status) {
    return new OrderFilter(
        customer,
        (tier != null) ? tier(tier) : null,
        (status != null) ? OrderStatus.parse(status) : null);
  }

  private static String tier(String parameter) {
    return Customers.TIERS.stream()
        .filter(parameter::equalsIgnoreCase)
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidFilterException(
                    "tier must be one of "
                        + String.join(", ", Customers.TIERS)
                        + ", not '"
                        + parameter
                        + "'"));
  }

  /** The visibility query: order workflows only, and every filter given. */
  String query() {
    StringBuilder query =
        new StringBuilder("WorkflowType = ").append(quoted(OrderWorkflow.class.getSimpleName()));
    if (this.customer != null) {
      query.append(" AND ").append(OrderController.CUSTOMER_ID.getName());
      query.append(" = ").append(quoted(this.customer));
    }
    if (this.tier != null) {
      query.append(" AND ").append(OrderController.CUSTOMER_TIER.getName());
      query.append(" = ").append(quoted(this.tier));
    }
    if (this.status != null) {
      query.append(" AND ExecutionStatus = ").append(quoted(this.status.executionStatus));
    }
    return query.toString();
  }

  /**
   * A string literal of the query language: a backslash escapes the next character, there as in
   * MySQL, so a quote in the value cannot end the literal.
   */
  static String quoted(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
