package dev.temporalboot.bench.visibility;

import com.google.protobuf.ByteString;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import io.temporal.api.workflowservice.v1.CountWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc.WorkflowServiceBlockingStub;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Times visibility calls on the embedded server over 1,000 and 10,000 executions, through the SDK's
 * gRPC stub: a filtered list (first page, all pages), a count and a count grouped by status. Prints
 * {@code name=value} lines (milliseconds per call, and the 10k/1k growth of each).
 */
public final class VisibilityBenchmark {

  static final String FILTER = "CustomerTier = 'gold' AND ExecutionStatus = 'Running'";

  private static final int PAGE_SIZE = 100;

  private static final int WARM_UP_SIZE = 500;

  private VisibilityBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args sizes to run (default 1000 10000); the growth lines compare the last to the first
   */
  public static void main(String[] args) throws Exception {
    int[] sizes = args.length == 0 ? new int[] {1_000, 10_000} : parse(args);
    run(WARM_UP_SIZE); // JIT-compiles the whole path, so the first size's cold call is comparable
    Map<Integer, Map<String, Double>> results = new LinkedHashMap<>();
    for (int size : sizes) {
      results.put(size, run(size));
    }
    Map<String, Double> first = results.get(sizes[0]);
    Map<String, Double> last = results.get(sizes[sizes.length - 1]);
    results.forEach(
        (size, figures) ->
            figures.forEach((name, ms) -> print("visibility_" + size + "_" + name + "_ms", ms)));
    if (sizes.length > 1) {
      first.forEach(
          (name, ms) ->
              print(
                  "visibility_" + name + "_growth_" + sizes[sizes.length - 1] + "_over_" + sizes[0],
                  last.get(name) / ms));
    }
  }

  private static Map<String, Double> run(int size) throws Exception {
    EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false);
    server.start();
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(server.getTarget()).build());
    try {
      server.registerSearchAttributes(
          "default", Map.of("CustomerTier", "keyword", "OrderCount", "int"));
      long loading = System.nanoTime();
      ExecutionLoader.load(WorkflowClient.newInstance(stubs), size);
      System.err.printf(
          "%,d executions started in %.1f s%n", size, (System.nanoTime() - loading) / 1e9);
      WorkflowServiceBlockingStub stub = stubs.blockingStub();
      Map<String, Double> figures = new LinkedHashMap<>();
      figures.put("list_cold_first_page", Timing.once(() -> firstPage(stub)));
      figures.put("list_first_page", Timing.msPerCall(() -> firstPage(stub)));
      figures.put("list_all_pages", Timing.msPerCall(() -> allPages(stub)));
      figures.put("count", Timing.msPerCall(() -> count(stub, "CustomerTier = 'gold'")));
      figures.put(
          "count_group_by", Timing.msPerCall(() -> count(stub, "GROUP BY ExecutionStatus")));
      return figures;
    } finally {
      stubs.shutdownNow();
      server.close();
    }
  }

  private static long firstPage(WorkflowServiceBlockingStub stub) {
    return page(stub, ByteString.EMPTY).getExecutionsCount();
  }

  private static long allPages(WorkflowServiceBlockingStub stub) {
    long listed = 0;
    ByteString token = ByteString.EMPTY;
    do {
      ListWorkflowExecutionsResponse page = page(stub, token);
      listed += page.getExecutionsCount();
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    return listed;
  }

  private static ListWorkflowExecutionsResponse page(
      WorkflowServiceBlockingStub stub, ByteString token) {
    return stub.listWorkflowExecutions(
        ListWorkflowExecutionsRequest.newBuilder()
            .setNamespace("default")
            .setQuery(FILTER)
            .setPageSize(PAGE_SIZE)
            .setNextPageToken(token)
            .build());
  }

  private static long count(WorkflowServiceBlockingStub stub, String query) {
    return stub.countWorkflowExecutions(
            CountWorkflowExecutionsRequest.newBuilder()
                .setNamespace("default")
                .setQuery(query)
                .build())
        .getCount();
  }

  private static void print(String name, double value) {
    System.out.println(name + "=" + String.format(Locale.ROOT, "%.3f", value));
  }

  private static int[] parse(String[] args) {
    int[] sizes = new int[args.length];
    for (int i = 0; i < args.length; i++) {
      sizes[i] = Integer.parseInt(args[i]);
    }
    return sizes;
  }
}
