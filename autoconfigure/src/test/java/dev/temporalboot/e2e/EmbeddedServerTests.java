package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.temporalboot.e2e.app.E2eApplication;
import dev.temporalboot.e2e.app.GreetingWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the embedded server offers an application beyond running workflows. */
class EmbeddedServerTests {

  private static final SearchAttributeKey<String> TIER = SearchAttributeKey.forKeyword("Tier");

  @Test
  void searchAttributesFromYamlAreRegisteredAndShownByDescribe() {
    try (ConfigurableApplicationContext app =
        run("temporal.embedded.search-attributes.Tier=keyword")) {
      WorkflowStub workflow = start(app, "tiered", SearchAttributes.newBuilder().set(TIER, "gold"));

      assertThat(workflow.getResult(String.class)).isEqualTo("Hello, Ada!");
      assertThat(workflow.describe().getTypedSearchAttributes().get(TIER)).isEqualTo("gold");
    }
  }

  @Test
  void unregisteredSearchAttributeIsRefusedByTheServer() {
    try (ConfigurableApplicationContext app = run()) {
      assertThatThrownBy(
              () -> start(app, "untiered", SearchAttributes.newBuilder().set(TIER, "gold")))
          .hasStackTraceContaining("Tier");
    }
  }

  @Test
  void commandLineRunnerRunsAWorkflowToItsResult() {
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(E2eApplication.class, RunnerConfiguration.class)
            .properties("temporal.embedded.port=0", "e2e.queue=greetings-runner")
            .run()) {
      assertThat(app.getBean(RunnerConfiguration.class).result).hasValue("Hello, Grace!");
    }
  }

  private static ConfigurableApplicationContext run(String... properties) {
    return new SpringApplicationBuilder(E2eApplication.class)
        .properties("temporal.embedded.port=0", "e2e.queue=greetings-attributes")
        .properties(properties)
        .run();
  }

  private static WorkflowStub start(
      ConfigurableApplicationContext app, String id, SearchAttributes.Builder attributes) {
    GreetingWorkflow workflow =
        app.getBean(WorkflowClient.class)
            .newWorkflowStub(
                GreetingWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setTaskQueue("greetings-attributes")
                    .setWorkflowId(id)
                    .setTypedSearchAttributes(attributes.build())
                    .build());
    WorkflowClient.start(workflow::greet, "Ada");
    return WorkflowStub.fromTyped(workflow);
  }

  @Configuration(proxyBeanMethods = false)
  static class RunnerConfiguration {

    final AtomicReference<String> result = new AtomicReference<>();

    @Bean
    CommandLineRunner greetOnStartup(WorkflowClient client) {
      return (args) ->
          this.result.set(
              client
                  .newWorkflowStub(
                      GreetingWorkflow.class,
                      WorkflowOptions.newBuilder().setTaskQueue("greetings-runner").build())
                  .greet("Grace"));
    }
  }
}
