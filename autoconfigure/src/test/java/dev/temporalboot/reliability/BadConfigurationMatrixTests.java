package dev.temporalboot.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.autoconfigure.fixtures.AbstractHelloWorkflow;
import dev.temporalboot.autoconfigure.fixtures.HelloActivitiesImpl;
import dev.temporalboot.autoconfigure.fixtures.HelloWorkflowImpl;
import dev.temporalboot.autoconfigure.fixtures.OtherHelloWorkflowImpl;
import dev.temporalboot.autoconfigure.fixtures.PlainService;
import dev.temporalboot.autoconfigure.fixtures.PlainWorkflowImpl;
import dev.temporalboot.autoconfigure.fixtures.stubs.PlainStubWorkflowImpl;
import dev.temporalboot.client.fixtures.ShipmentWorkflow;
import dev.temporalboot.client.fixtures.ShipmentWorkflowImpl;
import dev.temporalboot.reliability.fixtures.HiddenConstructorWorkflowImpl;
import dev.temporalboot.testsupport.StartupFailures;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.MethodDescriptor;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every kind of misconfiguration fails startup with Spring Boot's failure report naming the key or
 * class and saying how to fix it, and none starts a half-working app: no worker ever polls and no
 * embedded server is left listening.
 */
class BadConfigurationMatrixTests {

  private static final String QUEUE = "temporal.workers[0].task-queue=broken";

  private static final String WORKFLOWS = "temporal.workers[0].workflow-classes=";

  private static final String ACTIVITY_BEANS = "temporal.workers[0].activity-beans=";

  private static final String SHIPMENTS = "temporal.workflows.ShipmentWorkflow";

  private static final String STUB_KEY = "temporal.activities.ShipmentActivities.";

  private final PollRecorder polls = new PollRecorder();

  static Stream<Named<Misconfiguration>> misconfigurations() {
    return Stream.of(
        // DESIGN.md, "Errors"
        bad(
            "workflow class without @WorkflowInterface",
            props(QUEUE, WORKFLOWS + PlainWorkflowImpl.class.getName())
                .naming(PlainWorkflowImpl.class.getName(), "temporal.workers[0]")),
        bad(
            "activity bean without @ActivityInterface",
            props(QUEUE, ACTIVITY_BEANS + "plainService")
                .with((runner) -> runner.withBean("plainService", PlainService.class))
                .naming("plainService", PlainService.class.getName())),
        bad(
            "same workflow type twice on one task queue",
            props(
                    QUEUE,
                    WORKFLOWS
                        + HelloWorkflowImpl.class.getName()
                        + ","
                        + OtherHelloWorkflowImpl.class.getName())
                .naming(
                    "'HelloWorkflow'",
                    "'broken'",
                    HelloWorkflowImpl.class.getName(),
                    OtherHelloWorkflowImpl.class.getName())),
        bad(
            "unknown activity bean name",
            props(QUEUE, ACTIVITY_BEANS + "noSuchBean")
                .naming("temporal.workers[0].activity-beans[0]", "noSuchBean")),
        bad(
            "unknown workflow class",
            props(QUEUE, WORKFLOWS + "com.acme.NoSuchWorkflowImpl")
                .naming("temporal.workers[0].workflow-classes[0]", "com.acme.NoSuchWorkflowImpl")),
        bad(
            "blank task queue",
            props("temporal.workers[0].task-queue= ", "temporal.workers[0].name=orders")
                .naming("temporal.workers[0].task-queue")),
        bad(
            "malformed target",
            props("temporal.connection.target=localhost").naming("temporal.connection.target")),
        bad(
            "unreadable TLS file",
            props(
                    "temporal.connection.target=127.0.0.1:1",
                    "temporal.connection.tls.trust-certificate=file:/nonexistent/temporal-ca.pem")
                .naming("temporal.connection.tls.trust-certificate", "temporal-ca.pem")),
        bad(
            "embedded.enabled=true without the test server",
            props("temporal.embedded.enabled=true")
                .with(
                    (runner) ->
                        runner.withClassLoader(
                            new FilteredClassLoader("io.temporal.internal.testservice")))
                .naming("temporal.embedded.enabled", "io.temporal:temporal-test-server")),
        bad(
            "embedded port in use",
            props().takingTheEmbeddedPort().naming("temporal.embedded.port", "already in use")),
        bad(
            "injected activity stub without a timeout",
            props(QUEUE, WORKFLOWS + PlainStubWorkflowImpl.class.getName())
                .naming(STUB_KEY + "start-to-close-timeout", "PlainStubWorkflowImpl")),
        // Values the binder cannot convert
        bad(
            "malformed duration",
            props("temporal.shutdown.grace-period=soon").naming("temporal.shutdown.grace-period")),
        bad(
            "unknown enum value of embedded.enabled",
            props("temporal.embedded.enabled=maybe").naming("temporal.embedded.enabled")),
        bad(
            "unknown activity cancellation type",
            props("temporal.activities.default.cancellation-type=never")
                .naming("temporal.activities.default.cancellation-type")),
        // Values that bind but cannot work
        bad(
            "negative concurrency limit",
            props(
                    QUEUE,
                    WORKFLOWS + HelloWorkflowImpl.class.getName(),
                    "temporal.workers[0].max-concurrent-activities=-1")
                .naming("temporal.workers[0].max-concurrent-activities")),
        bad(
            "duplicate task queue entries",
            props(QUEUE, "temporal.workers[1].task-queue=broken")
                .naming("temporal.workers[1].task-queue", "'broken'")),
        bad(
            "abstract workflow class",
            props(QUEUE, WORKFLOWS + AbstractHelloWorkflow.class.getName())
                .naming(AbstractHelloWorkflow.class.getName(), "abstract")),
        bad(
            "workflow class without a public constructor",
            props(QUEUE, WORKFLOWS + HiddenConstructorWorkflowImpl.class.getName())
                .naming(HiddenConstructorWorkflowImpl.class.getName())),
        // One bean on two queues is fine; a second bean of its activity type on one of them is not.
        bad(
            "activity bean on two workers, one also given another bean of the same type",
            props(
                    QUEUE,
                    ACTIVITY_BEANS + "helloActivities",
                    "temporal.workers[1].task-queue=second",
                    "temporal.workers[1].activity-beans=helloActivities,otherHelloActivities")
                .with(
                    (runner) ->
                        runner
                            .withBean("helloActivities", HelloActivitiesImpl.class)
                            .withBean("otherHelloActivities", HelloActivitiesImpl.class))
                .naming("'Compose'", "'second'", "'helloActivities'", "'otherHelloActivities'")),
        bad(
            "local activity stub with a remote-only option",
            props(
                    QUEUE,
                    WORKFLOWS + PlainStubWorkflowImpl.class.getName(),
                    STUB_KEY + "start-to-close-timeout=10s",
                    STUB_KEY + "local=true",
                    STUB_KEY + "heartbeat-timeout=5s")
                .naming(STUB_KEY + "heartbeat-timeout")),
        bad(
            "fixed and autoscaled pollers together",
            props(
                    QUEUE,
                    WORKFLOWS + HelloWorkflowImpl.class.getName(),
                    "temporal.workers[0].workflow-pollers=2",
                    "temporal.workers[0].workflow-pollers-autoscaling.max=10")
                .naming("temporal.workers[0].workflow-pollers", "workflow-pollers-autoscaling")),
        // Keys
        bad(
            "typo in a key",
            props("temporal.conection.target=localhost:7233").naming("temporal.conection.target")),
        bad(
            "fully qualified map key without brackets",
            props(
                    "temporal.workers[0].task-queue=shipments",
                    WORKFLOWS + ShipmentWorkflowImpl.class.getName(),
                    "temporal.workflows." + ShipmentWorkflow.class.getName() + ".run-timeout=1m")
                .naming("temporal.workflows.dev")),
        bad(
            "unresolvable placeholder in a worker's task queue",
            props(
                    "temporal.workers[0].task-queue=${missing.queue}",
                    WORKFLOWS + HelloWorkflowImpl.class.getName())
                .naming(
                    "temporal.workers[0].task-queue",
                    "'${missing.queue}' has a placeholder that cannot be resolved")),
        bad(
            "unresolvable placeholder in a workflow default's task queue",
            props(
                    "temporal.workers[0].task-queue=shipments",
                    WORKFLOWS + ShipmentWorkflowImpl.class.getName(),
                    SHIPMENTS + ".task-queue=${missing.queue}")
                .naming(
                    SHIPMENTS + ".task-queue",
                    "'${missing.queue}' has a placeholder that cannot be resolved")),
        bad(
            "unresolvable placeholder in an activity stub's task queue",
            props(
                    QUEUE,
                    WORKFLOWS + PlainStubWorkflowImpl.class.getName(),
                    STUB_KEY + "start-to-close-timeout=10s",
                    STUB_KEY + "task-queue=${missing.queue}")
                .naming(
                    STUB_KEY + "task-queue",
                    "'${missing.queue}' has a placeholder that cannot be resolved")),
        bad(
            "temporal.workflows key naming no workflow interface",
            props(
                    "temporal.workers[0].task-queue=shipments",
                    WORKFLOWS + ShipmentWorkflowImpl.class.getName(),
                    "temporal.workflows.ShipmentWorkflw.run-timeout=1m")
                .naming("temporal.workflows.ShipmentWorkflw")),
        bad(
            "workflow default with a malformed cron schedule",
            props(
                    "temporal.workers[0].task-queue=shipments",
                    WORKFLOWS + ShipmentWorkflowImpl.class.getName(),
                    SHIPMENTS + ".cron-schedule=every day")
                .naming(SHIPMENTS + ".cron-schedule", "every day")),
        // temporal.namespaces
        bad(
            "alias that cannot be a qualifier",
            props("temporal.namespaces[a/b].namespace=billing").naming("temporal.namespaces[a/b]")),
        bad(
            "reserved alias",
            props("temporal.namespaces.workers.namespace=billing")
                .naming("temporal.namespaces.workers", "reserved")),
        bad(
            "one alias in two spellings",
            props(
                    "temporal.namespaces.billing-team.namespace=billing",
                    "temporal.namespaces.billingTeam.namespace=billing")
                .naming("temporal.namespaces.billingTeam", "temporal.namespaces.billing-team")),
        bad(
            "one queue of one namespace under two lists",
            props(
                    QUEUE,
                    WORKFLOWS + HelloWorkflowImpl.class.getName(),
                    "temporal.namespaces.billing.namespace=default",
                    "temporal.namespaces.billing.workers[0].task-queue=broken",
                    "temporal.namespaces.billing.workers[0].workflow-classes="
                        + HelloWorkflowImpl.class.getName())
                .naming(
                    "temporal.namespaces.billing.workers[0].task-queue",
                    "temporal.workers[0].task-queue")),
        bad(
            "namespace under an alias's connection",
            props("temporal.namespaces.billing.connection.namespace=billing")
                .naming("temporal.namespaces.billing.namespace")),
        bad(
            "API key of an alias on the embedded server",
            props("temporal.namespaces.billing.connection.api-key=s3cret")
                .naming("temporal.namespaces.billing.connection.api-key")),
        // Security without a server that supports it
        bad(
            "API key without a target",
            props("temporal.connection.api-key=s3cret").naming("temporal.connection.api-key")),
        bad(
            "TLS without a target",
            props("temporal.connection.tls.enabled=true")
                .naming("temporal.connection.tls.enabled")),
        bad(
            "unknown SSL bundle",
            props("temporal.connection.target=127.0.0.1:1", "temporal.connection.tls.bundle=nope")
                .naming("temporal.connection.tls.bundle", "nope")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("misconfigurations")
  void failsStartupExplainedBeforeAnyWorkerPolls(Misconfiguration bad) throws IOException {
    int embeddedPort = freePort();
    ApplicationContextRunner runner =
        bad.setUp().apply(runner(embeddedPort)).withPropertyValues(bad.propertyArray());
    try (ServerSocket taken = bad.takesEmbeddedPort() ? bind(embeddedPort) : null) {
      runner.run(
          (context) -> {
            assertThat(context).hasFailed();
            StartupFailures.assertAnalysisNames(context.getStartupFailure(), bad.nameArray());
          });
    }
    assertThat(this.polls.calls()).as("poll calls").isEmpty();
    // Nothing left listening: the port can be bound again.
    bind(embeddedPort).close();
  }

  /**
   * The control: the same runner with a valid configuration does poll, and the recorder sees it.
   */
  @Test
  void validConfigurationStartsAndPolls() throws IOException {
    runner(freePort())
        .withPropertyValues(QUEUE, WORKFLOWS + HelloWorkflowImpl.class.getName())
        .run(
            (context) -> {
              assertThat(context).hasNotFailed();
              await().atMost(Duration.ofSeconds(10)).until(() -> !this.polls.calls().isEmpty());
            });
  }

  private ApplicationContextRunner runner(int embeddedPort) {
    return TemporalContextRunners.temporal()
        .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
        .withBean(PollRecorder.class, () -> this.polls)
        .withUserConfiguration(PollRecording.class)
        .withPropertyValues(
            "temporal.embedded.port=" + embeddedPort, "temporal.shutdown.grace-period=1s");
  }

  private static Named<Misconfiguration> bad(String name, Misconfiguration misconfiguration) {
    return Named.of(name, misconfiguration);
  }

  private static Misconfiguration props(String... properties) {
    return new Misconfiguration(List.of(properties), (runner) -> runner, List.of(), false);
  }

  private static ServerSocket bind(int port) throws IOException {
    return new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = bind(0)) {
      return socket.getLocalPort();
    }
  }

  /** Properties and beans that must not start, and what the failure report must name. */
  record Misconfiguration(
      List<String> properties,
      UnaryOperator<ApplicationContextRunner> setUp,
      List<String> names,
      boolean takesEmbeddedPort) {

    Misconfiguration with(UnaryOperator<ApplicationContextRunner> more) {
      return new Misconfiguration(
          this.properties,
          (runner) -> more.apply(this.setUp.apply(runner)),
          this.names,
          this.takesEmbeddedPort);
    }

    Misconfiguration naming(String... names) {
      List<String> all = new ArrayList<>(this.names);
      all.addAll(List.of(names));
      return new Misconfiguration(this.properties, this.setUp, all, this.takesEmbeddedPort);
    }

    Misconfiguration takingTheEmbeddedPort() {
      return new Misconfiguration(this.properties, this.setUp, this.names, true);
    }

    String[] propertyArray() {
      return this.properties.toArray(String[]::new);
    }

    String[] nameArray() {
      return this.names.toArray(String[]::new);
    }
  }

  /** Records every poll call the app makes, seen on the gRPC channel itself. */
  static final class PollRecorder {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    List<String> calls() {
      return List.copyOf(this.calls);
    }

    ClientInterceptor interceptor() {
      return new ClientInterceptor() {
        @Override
        public <Q, R> ClientCall<Q, R> interceptCall(
            MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
          String name = method.getBareMethodName();
          if (name != null && name.startsWith("Poll")) {
            PollRecorder.this.calls.add(name);
          }
          return next.newCall(method, options);
        }
      };
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class PollRecording {

    @Bean
    TemporalCustomizer<WorkflowServiceStubsOptions.Builder> pollRecording(PollRecorder polls) {
      return (builder) -> builder.addGrpcClientInterceptor(polls.interceptor());
    }
  }
}
