package dev.temporalboot.bench.visibility;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import io.temporal.worker.WorkerFactory;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts the executions the benchmark lists: half left running (their queue has no worker), 40%
 * terminated, 10% completed by a worker; each with a customer tier and an order count.
 */
final class ExecutionLoader {

  static final SearchAttributeKey<String> TIER = SearchAttributeKey.forKeyword("CustomerTier");

  static final SearchAttributeKey<Long> COUNT = SearchAttributeKey.forLong("OrderCount");

  private static final String[] TIERS = {"gold", "silver", "bronze"};

  private ExecutionLoader() {}

  static void load(WorkflowClient client, int executions) throws Exception {
    WorkerFactory workers = WorkerFactory.newInstance(client);
    workers.newWorker("completing").registerWorkflowImplementationTypes(OrderWorkflowImpl.class);
    workers.start();
    ExecutorService starters = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> started = new ArrayList<>();
      for (int i = 0; i < executions; i++) {
        int index = i;
        started.add(starters.submit(() -> startOne(client, index)));
      }
      for (Future<?> future : started) {
        future.get();
      }
    } finally {
      starters.shutdown();
      workers.shutdownNow();
    }
  }

  private static void startOne(WorkflowClient client, int index) {
    int kind = index % 10;
    String queue = kind == 9 ? "completing" : "idle";
    WorkflowStub stub =
        client.newUntypedWorkflowStub(
            "Order",
            WorkflowOptions.newBuilder()
                .setWorkflowId("order-" + index)
                .setTaskQueue(queue)
                .setTypedSearchAttributes(
                    SearchAttributes.newBuilder()
                        .set(TIER, TIERS[index % TIERS.length])
                        .set(COUNT, (long) (index % 100))
                        .build())
                .build());
    stub.start();
    if (kind >= 5 && kind <= 8) {
      stub.terminate("benchmark");
    } else if (kind == 9) {
      stub.getResult(String.class);
    }
  }

  /** The workflow of the executions. */
  @WorkflowInterface
  public interface OrderWorkflow {

    /** Completes at once. */
    @WorkflowMethod(name = "Order")
    String run();
  }

  /** Completes at once. */
  public static class OrderWorkflowImpl implements OrderWorkflow {

    @Override
    public String run() {
      return "done";
    }
  }
}
