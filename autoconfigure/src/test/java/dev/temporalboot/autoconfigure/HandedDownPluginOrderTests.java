package dev.temporalboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.autoconfigure.fixtures.HelloWorkflowImpl;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.common.SimplePlugin;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import io.temporal.worker.WorkerPlugin;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The SDK runs the plugins a component inherits from its parent before the component's own, so
 * {@code @Order} decides only within each group: a SimplePlugin reaches the worker factory through
 * the client, ahead of a plugin that is only a WorkerPlugin, whatever their order.
 */
class HandedDownPluginOrderTests {

  private static final String QUEUE = "ordered";

  private final ApplicationContextRunner contextRunner =
      TemporalContextRunners.bindingOnlyWithWorker(QUEUE, HelloWorkflowImpl.class)
          .withUserConfiguration(PluginsConfiguration.class);

  @Test
  void inheritedPluginsRunBeforeTheComponentsOwnWhateverTheirOrder() {
    this.contextRunner.run(
        (context) -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(WorkerFactory.class)).isNotNull();
          assertThat(context.getBean(Journal.class).calls)
              .containsExactly(
                  "every-kind worker-factory",
                  "worker-only worker-factory",
                  "every-kind worker " + QUEUE,
                  "worker-only worker " + QUEUE);
        });
  }

  static class Journal {

    final List<String> calls = new CopyOnWriteArrayList<>();
  }

  @Configuration(proxyBeanMethods = false)
  static class PluginsConfiguration {

    @Bean
    Journal journal() {
      return new Journal();
    }

    @Bean
    @Order(1)
    WorkerPlugin workerOnly(Journal journal) {
      return new WorkerOnlyPlugin(journal);
    }

    @Bean
    @Order(2)
    SimplePlugin everyKind(Journal journal) {
      return new SimplePlugin("every-kind") {
        @Override
        public void configureWorkerFactory(WorkerFactoryOptions.Builder builder) {
          journal.calls.add(getName() + " worker-factory");
        }

        @Override
        public void configureWorker(String taskQueue, WorkerOptions.Builder builder) {
          journal.calls.add(getName() + " worker " + taskQueue);
        }
      };
    }
  }

  /** A plugin of the workers only, so it reaches the factory only as the factory's own. */
  static class WorkerOnlyPlugin implements WorkerPlugin {

    private final Journal journal;

    WorkerOnlyPlugin(Journal journal) {
      this.journal = journal;
    }

    @Override
    public String getName() {
      return "worker-only";
    }

    @Override
    public void configureWorkerFactory(WorkerFactoryOptions.Builder builder) {
      this.journal.calls.add(getName() + " worker-factory");
    }

    @Override
    public void configureWorker(String taskQueue, WorkerOptions.Builder builder) {
      this.journal.calls.add(getName() + " worker " + taskQueue);
    }

    @Override
    public void initializeWorker(String taskQueue, Worker worker) {}

    @Override
    public void startWorker(String taskQueue, Worker worker, BiConsumer<String, Worker> next) {
      next.accept(taskQueue, worker);
    }

    @Override
    public void shutdownWorker(String taskQueue, Worker worker, BiConsumer<String, Worker> next) {
      next.accept(taskQueue, worker);
    }

    @Override
    public void startWorkerFactory(WorkerFactory factory, Consumer<WorkerFactory> next) {
      next.accept(factory);
    }

    @Override
    public void shutdownWorkerFactory(WorkerFactory factory, Consumer<WorkerFactory> next) {
      next.accept(factory);
    }

    @Override
    public void replayWorkflowExecution(
        Worker worker, WorkflowExecutionHistory history, ReplayCallback next) throws Exception {
      next.replay(worker, history);
    }
  }
}
