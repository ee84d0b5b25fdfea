package dev.temporalboot.internal.embedded.visibility;

import io.temporal.api.enums.v1.IndexedValueType;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A parsed list filter ({@code WorkflowType = 'Order' AND ExecutionStatus = 'Running'}), checked
 * against the search attribute schema as a real cluster checks it.
 */
public final class VisibilityQuery {

  private final Condition condition;

  private final @Nullable String groupBy;

  VisibilityQuery(Condition condition, @Nullable String groupBy) {
    this.condition = condition;
    this.groupBy = groupBy;
  }

  /**
   * Parses a query; an empty one matches every execution.
   *
   * @param query the filter as the client sent it
   * @param customAttributes the namespace's custom search attributes; system ones are known
   * @throws InvalidQueryException when a real cluster would reject the query
   */
  public static VisibilityQuery parse(
      String query, Map<String, IndexedValueType> customAttributes) {
    Map<String, IndexedValueType> schema = new HashMap<>(customAttributes);
    schema.putAll(SystemSearchAttributes.TYPES);
    return new QueryParser(query, schema).parse();
  }

  /**
   * Whether an execution matches. Values: strings for keyword and text (the status as {@code
   * Running}), numbers, booleans, {@link java.time.Instant}s for datetimes, a {@link
   * java.time.Duration} for {@code ExecutionDuration}, string lists for keyword lists.
   */
  public boolean matches(Map<String, ?> attributes) {
    return condition.test(attributes);
  }

  /** The attribute a count groups by ({@code ExecutionStatus}), or null when it does not. */
  public @Nullable String groupBy() {
    return groupBy;
  }
}
