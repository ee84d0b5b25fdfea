package dev.temporalboot.test.autoconfigure;

import dev.temporalboot.autoconfigure.TemporalAutoConfiguration;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.internal.worker.WorkerAssembly;
import dev.temporalboot.test.TemporalTestClock;
import dev.temporalboot.test.WorkflowReplays;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientPlugin;
import io.temporal.worker.WorkerPlugin;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Test support beans, in applications that run Temporal workers. */
@AutoConfiguration(after = TemporalAutoConfiguration.class)
@ConditionalOnClass(name = "io.temporal.testing.TestWorkflowEnvironment")
@ConditionalOnBean(WorkerAssembly.class)
public class TemporalTestAutoConfiguration {

  /**
   * Replays with what the application's workers have: the client's data converter, after any plugin
   * changed it, and the worker plugins as the worker factory has them, the client's first.
   */
  @Bean
  @ConditionalOnMissingBean
  WorkflowReplays workflowReplays(
      WorkflowClient client,
      ObjectProvider<WorkerPlugin> workerPlugins,
      ResourcePatternResolver resources) {
    List<WorkerPlugin> plugins = new ArrayList<>();
    for (WorkflowClientPlugin plugin : client.getOptions().getPlugins()) {
      if (plugin instanceof WorkerPlugin workerPlugin) {
        plugins.add(workerPlugin);
      }
    }
    workerPlugins.orderedStream().filter((p) -> !plugins.contains(p)).forEach(plugins::add);
    return new WorkflowReplays(client.getOptions().getDataConverter(), plugins, resources);
  }

  /**
   * The embedded server's clock; on a real cluster, a clock whose methods fail naming the server,
   * so that a test autowiring it learns why at its first call rather than at start-up.
   */
  @Bean
  @ConditionalOnMissingBean
  TemporalTestClock temporalTestClock(
      ObjectProvider<EmbeddedTemporalServer> embedded, TemporalConnectionDetails connection) {
    EmbeddedTemporalServer server = embedded.getIfAvailable();
    return new TemporalTestClock(
        (server != null) ? server.newClock() : null, connection.getTarget());
  }
}
