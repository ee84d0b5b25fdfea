package dev.temporalboot.internal.embedded.visibility;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.workflowservice.v1.CountWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.CountWorkflowExecutionsResponse;
import io.temporal.api.workflowservice.v1.CountWorkflowExecutionsResponse.AggregationGroup;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.common.converter.DefaultDataConverter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * ListWorkflowExecutions and CountWorkflowExecutions, answered over an {@link ExecutionCatalog}.
 */
final class VisibilityAnswers {

  /** A real cluster's default and largest page ({@code frontend.visibilityMaxPageSize}). */
  static final int MAX_PAGE_SIZE = 1000;

  private final ExecutionCatalog catalog;

  private final SearchAttributeSchema schema;

  VisibilityAnswers(ExecutionCatalog catalog, SearchAttributeSchema schema) {
    this.catalog = catalog;
    this.schema = schema;
  }

  /** One page, newest first; the token is empty on the last page. */
  ListWorkflowExecutionsResponse list(ListWorkflowExecutionsRequest request) {
    PageToken after = PageToken.decode(request.getNextPageToken());
    VisibilityQuery query = parse(request.getQuery());
    if (query.groupBy() != null) {
      throw invalid(InvalidQueryException.notSupported("'GROUP BY' clause"));
    }
    int pageSize = request.getPageSize();
    if (pageSize <= 0 || pageSize > MAX_PAGE_SIZE) {
      pageSize = MAX_PAGE_SIZE;
    }
    List<ExecutionRecord> matching =
        this.catalog.executions(request.getNamespace()).stream()
            .filter((record) -> after == null || after.precedes(record.key()))
            .filter((record) -> query.matches(record.attributes()))
            .sorted(Comparator.comparing(ExecutionRecord::key, PageToken.ORDER))
            .limit(pageSize + 1L)
            .toList();
    ListWorkflowExecutionsResponse.Builder page = ListWorkflowExecutionsResponse.newBuilder();
    matching.stream().limit(pageSize).forEach((record) -> page.addExecutions(record.info()));
    if (matching.size() > pageSize) {
      page.setNextPageToken(matching.get(pageSize - 1).key().encode());
    }
    return page.build();
  }

  /** The count, and with {@code GROUP BY ExecutionStatus} one group per status, largest first. */
  CountWorkflowExecutionsResponse count(CountWorkflowExecutionsRequest request) {
    VisibilityQuery query = parse(request.getQuery());
    List<ExecutionRecord> matching =
        this.catalog.executions(request.getNamespace()).stream()
            .filter((record) -> query.matches(record.attributes()))
            .toList();
    CountWorkflowExecutionsResponse.Builder count =
        CountWorkflowExecutionsResponse.newBuilder().setCount(matching.size());
    String groupBy = query.groupBy();
    if (groupBy != null) {
      Map<String, Long> groups =
          matching.stream()
              .collect(
                  Collectors.groupingBy(
                      (record) -> String.valueOf(record.attributes().get(groupBy)),
                      TreeMap::new,
                      Collectors.counting()));
      groups.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(
              (group) ->
                  count.addGroups(
                      AggregationGroup.newBuilder()
                          .addGroupValues(keyword(group.getKey()))
                          .setCount(group.getValue())));
    }
    return count.build();
  }

  private VisibilityQuery parse(String query) {
    try {
      return VisibilityQuery.parse(query, this.schema.types());
    } catch (InvalidQueryException ex) {
      throw invalid(ex);
    }
  }

  /** A keyword as the server encodes group values: JSON, with the attribute type in metadata. */
  private static Payload keyword(String value) {
    Payload json = DefaultDataConverter.STANDARD_INSTANCE.toPayload(value).orElseThrow();
    return json.toBuilder()
        .putMetadata("type", ByteString.copyFrom("Keyword", StandardCharsets.UTF_8))
        .build();
  }

  private static RuntimeException invalid(InvalidQueryException ex) {
    return Status.INVALID_ARGUMENT.withDescription(ex.getMessage()).asRuntimeException();
  }
}
