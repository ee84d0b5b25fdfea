package dev.temporalboot.internal.embedded.visibility;

import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_INT;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_TEXT;

import io.temporal.api.enums.v1.IndexedValueType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Six executions of mixed statuses, types and custom attributes that the query tests filter. */
final class VisibilityQueryExecutions {

  static final Map<String, IndexedValueType> CUSTOM =
      Map.of(
          "CustomerTier", INDEXED_VALUE_TYPE_KEYWORD,
          "Notes", INDEXED_VALUE_TYPE_TEXT,
          "OrderCount", INDEXED_VALUE_TYPE_INT,
          "Amount", INDEXED_VALUE_TYPE_DOUBLE,
          "Vip", INDEXED_VALUE_TYPE_BOOL,
          "DueAt", INDEXED_VALUE_TYPE_DATETIME,
          "Tags", INDEXED_VALUE_TYPE_KEYWORD_LIST);

  /** By short key (o1, o2, p1, p2, s1, s2), in a fixed order. */
  static final Map<String, Map<String, Object>> ALL = new LinkedHashMap<>();

  static {
    ALL.put(
        "o1",
        execution(
                "wf-order-1",
                "OrderWorkflow",
                "Running",
                "2026-01-01T10:00:00Z",
                null,
                12,
                "orders")
            .with("CustomerTier", "gold")
            .with("Notes", "Urgent delivery to Berlin")
            .with("OrderCount", 3L)
            .with("Amount", 99.5)
            .with("Vip", true)
            .with("DueAt", Instant.parse("2026-01-05T00:00:00Z"))
            .with("Tags", List.of("a", "b"))
            .with("BuildIds", List.of("v1")));
    ALL.put(
        "o2",
        execution(
                "wf-order-2",
                "OrderWorkflow",
                "Completed",
                "2026-01-02T10:00:00Z",
                "30s",
                40,
                "orders")
            .with("CustomerTier", "silver")
            .with("Notes", "standard delivery")
            .with("OrderCount", 1L)
            .with("Amount", 10.0)
            .with("Vip", false)
            .with("DueAt", Instant.parse("2026-01-03T00:00:00Z"))
            .with("Tags", List.of("b")));
    ALL.put(
        "p1",
        execution(
                "wf-payment-1",
                "PaymentWorkflow",
                "Failed",
                "2026-01-03T00:00:00Z",
                "1h",
                100,
                "payments")
            .with("CustomerTier", "gold")
            .with("OrderCount", 7L)
            .with("Amount", 250.25)
            .with("Vip", false)
            .with("ParentWorkflowId", "wf-order-1")
            .with("ParentRunId", "run-wf-order-1"));
    ALL.put(
        "p2",
        execution(
            "wf-payment-2",
            "PaymentWorkflow",
            "Canceled",
            "2026-01-04T00:00:00Z",
            "2m",
            8,
            "payments"));
    ALL.put(
        "s1",
        execution(
                "wf-ship-1",
                "ShippingWorkflow",
                "Terminated",
                "2026-01-05T00:00:00Z",
                "24h",
                5,
                "shipping")
            .with("CustomerTier", "bronze")
            .with("Notes", "urgent, fragile")
            .with("OrderCount", 0L)
            .with("Amount", -1.5)
            .with("Vip", true)
            .with("Tags", List.of("c"))
            .with("TemporalChangeVersion", List.of("fix-1")));
    ALL.put(
        "s2",
        execution(
                "wf-ship-2",
                "ShippingWorkflow",
                "ContinuedAsNew",
                "2026-01-06T00:00:00Z",
                "10s",
                2,
                "shipping")
            .with("CustomerTier", "goldfish")
            .with("OrderCount", 2L)
            .with("Tags", List.of()));
  }

  private VisibilityQueryExecutions() {}

  private static Attributes execution(
      String id,
      String type,
      String status,
      String start,
      @Nullable String duration,
      long length,
      String queue) {
    Attributes attributes = new Attributes();
    Instant startTime = Instant.parse(start);
    attributes
        .with("WorkflowId", id)
        .with("RunId", "run-" + id)
        .with("WorkflowType", type)
        .with("ExecutionStatus", status)
        .with("StartTime", startTime)
        .with("ExecutionTime", startTime)
        .with("HistoryLength", length)
        .with("TaskQueue", queue);
    if (duration != null) {
      Duration elapsed = Duration.parse("PT" + duration.replace("24h", "24H").toUpperCase());
      attributes.with("CloseTime", startTime.plus(elapsed)).with("ExecutionDuration", elapsed);
    }
    return attributes;
  }

  /** A fluent attribute map. */
  static final class Attributes extends HashMap<String, Object> {

    private static final long serialVersionUID = 1L;

    Attributes with(String name, Object value) {
      put(name, value);
      return this;
    }
  }
}
