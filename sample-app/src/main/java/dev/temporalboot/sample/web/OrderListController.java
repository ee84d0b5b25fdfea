package dev.temporalboot.sample.web;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionCount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finds orders through visibility queries: by customer, tier and status, newest first, with the
 * memo and search attributes from the list result.
 */
@RestController
@RequestMapping("/orders")
public class OrderListController {

  static final int MAX_LIMIT = 1000;

  private final WorkflowClient client;

  public OrderListController(WorkflowClient client) {
    this.client = client;
  }

  /** The orders that match every filter given, running ones first, then the latest closed. */
  @GetMapping
  public List<OrderListItem> list(
      @RequestParam(required = false) @Nullable String customer,
      @RequestParam(required = false) @Nullable String tier,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(defaultValue = "50") String limit) {
    int max = limit(limit);
    String query = OrderFilter.of(customer, tier, status).query();
    // The stream fetches pages as it is read: the limit ends it after the page holding the last.
    return this.client.listExecutions(query).limit(max).map(OrderListItem::of).toList();
  }

  /** Read here rather than by Spring, so that a word answers like the other filters. */
  private static int limit(String text) {
    int limit;
    try {
      limit = Integer.parseInt(text.strip());
    } catch (NumberFormatException ex) {
      throw new InvalidFilterException(
          "limit must be a number between 1 and " + MAX_LIMIT + ", not '" + text + "'");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidFilterException(
          "limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    return limit;
  }

  /** How many orders match the filters, in all and by status. */
  @GetMapping("/count")
  public Count count(
      @RequestParam(required = false) @Nullable String customer,
      @RequestParam(required = false) @Nullable String tier,
      @RequestParam(required = false) @Nullable String status) {
    String query = OrderFilter.of(customer, tier, status).query() + " GROUP BY ExecutionStatus";
    WorkflowExecutionCount count = this.client.countWorkflows(query);
    Map<String, Long> byStatus = new LinkedHashMap<>();
    for (WorkflowExecutionCount.AggregationGroup group : count.getGroups()) {
      String executionStatus = String.valueOf(group.getGroupValues().get(0).get(0));
      String name =
          OrderStatus.ofExecutionStatus(executionStatus).map(Enum::name).orElse(executionStatus);
      byStatus.put(name, group.getCount());
    }
    return new Count(count.getCount(), byStatus);
  }

  @ExceptionHandler
  ProblemDetail invalidFilter(InvalidFilterException ex) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
  }

  /**
   * @param count the orders that match
   * @param byStatus how many of them have each status, largest group first
   */
  public record Count(long count, Map<String, Long> byStatus) {}
}
