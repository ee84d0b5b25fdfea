package dev.temporalboot.autoconfigure;

import static dev.temporalboot.testsupport.StartupFailures.assertStartupFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.autoconfigure.fixtures.nexus.BadCancellationEchoCallerImpl;
import dev.temporalboot.autoconfigure.fixtures.nexus.BadDurationEchoCallerImpl;
import dev.temporalboot.autoconfigure.fixtures.nexus.EchoServiceImpl;
import dev.temporalboot.autoconfigure.fixtures.nexus.Echoing;
import dev.temporalboot.autoconfigure.fixtures.nexus.InterfaceProxiedServiceImpl;
import dev.temporalboot.autoconfigure.fixtures.nexus.MissingOperationServiceImpl;
import dev.temporalboot.autoconfigure.fixtures.nexus.NoServiceImplBean;
import dev.temporalboot.autoconfigure.fixtures.nexus.OtherEchoServiceImpl;
import dev.temporalboot.autoconfigure.fixtures.nexus.PlainEchoCallerImpl;
import dev.temporalboot.autoconfigure.fixtures.nexus.WrongTypeNexusStubCallerImpl;
import dev.temporalboot.autoconfigure.fixtures.nexus.WrongTypesServiceImpl;
import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.diagnostics.UnknownTemporalPropertyException;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.testsupport.TemporalContextRunners;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Every Nexus mistake fails start-up by name, or, where another app may be right, warns. */
@ExtendWith(OutputCaptureExtension.class)
class NexusFailureTests {

  private static final String CALLER = "temporal.workers[0].workflow-classes=";

  /** No server: planning and registration checks. */
  private final ApplicationContextRunner bindingOnly =
      TemporalContextRunners.bindingOnly()
          .withPropertyValues("temporal.workers[0].task-queue=echo");

  /** The embedded server: endpoint checks. */
  private final ApplicationContextRunner embedded =
      TemporalContextRunners.temporal().withPropertyValues("temporal.workers[0].task-queue=echo");

  @Test
  void nexusServiceImplBeanWithoutServiceImplFails() {
    this.bindingOnly
        .withBean(NoServiceImplBean.class)
        .run(
            (context) ->
                assertThat(
                        assertStartupFailure(
                                context,
                                InvalidTemporalComponentException.class,
                                "Nexus service bean 'noServiceImplBean'",
                                NoServiceImplBean.class.getName())
                            .getAction())
                    .contains("@io.nexusrpc.handler.ServiceImpl(service = "));
  }

  @Test
  void yamlNexusServiceBeanWithoutServiceImplFails() {
    this.bindingOnly
        .withBean("plain", Object.class, Object::new)
        .withPropertyValues("temporal.workers[0].nexus-service-beans=plain")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "Nexus service bean 'plain'",
                    "temporal.workers[0].nexus-service-beans[0]",
                    "@ServiceImpl"));
  }

  @Test
  void yamlNexusServiceBeanThatDoesNotExistFails() {
    this.bindingOnly
        .withPropertyValues("temporal.workers[0].nexus-service-beans=paymentNexus")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.workers[0].nexus-service-beans[0]",
                    "no bean named 'paymentNexus'"));
  }

  @Test
  void serviceRegisteredTwiceOnAQueueFails() {
    this.bindingOnly
        .withBean(EchoServiceImpl.class)
        .withBean(OtherEchoServiceImpl.class)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "Nexus service 'EchoService' on task queue 'echo'",
                    "bean 'echoServiceImpl'",
                    "bean 'otherEchoServiceImpl'"));
  }

  @Test
  void operationWithoutHandlerMethodFails() {
    this.bindingOnly
        .withBean(MissingOperationServiceImpl.class)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "Nexus service bean 'missingOperationServiceImpl'",
                    "no @OperationImpl method for the operation(s) [echo]"));
  }

  @Test
  void handlerMethodWithOtherTypesThanTheOperationFails() {
    this.bindingOnly
        .withBean(WrongTypesServiceImpl.class)
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "Nexus service bean 'wrongTypesServiceImpl'",
                    "OperationHandler<java.lang.Integer, java.lang.String>",
                    "OperationHandler<java.lang.String, java.lang.String>"));
  }

  @Test
  void beanBehindAnInterfaceProxyFails() {
    this.bindingOnly
        .withBean(
            "proxied",
            Echoing.class,
            () -> {
              ProxyFactory proxy = new ProxyFactory(new InterfaceProxiedServiceImpl());
              proxy.setInterfaces(Echoing.class);
              return (Echoing) proxy.getProxy();
            })
        .withPropertyValues("temporal.workers[0].nexus-service-beans=proxied")
        .run(
            (context) ->
                assertThat(
                        assertStartupFailure(
                                context,
                                InvalidTemporalComponentException.class,
                                "Nexus service bean 'proxied'",
                                "JDK proxy")
                            .getAction())
                    .contains("spring.aop.proxy-target-class=true"));
  }

  @Test
  void injectedStubWithoutEndpointFailsNamingTheKeyToSet() {
    this.bindingOnly
        .withPropertyValues(CALLER + PlainEchoCallerImpl.class.getName())
        .run(
            (context) ->
                assertThat(
                        assertStartupFailure(
                                context,
                                InvalidTemporalPropertyException.class,
                                "temporal.nexus.services.EchoService.endpoint",
                                "EchoService Nexus stub injected into PlainEchoCallerImpl(echo)")
                            .getAction())
                    .contains("temporal.nexus.services.default.endpoint"));
  }

  @Test
  void endpointWithoutTaskQueueFails() {
    this.embedded
        .withPropertyValues("temporal.nexus.endpoints.payments.description=Card payments")
        .run(
            (context) ->
                assertThat(
                        assertStartupFailure(
                                context,
                                InvalidTemporalPropertyException.class,
                                "temporal.nexus.endpoints.payments",
                                "no task-queue")
                            .getAction())
                    .contains("temporal.nexus.endpoints.payments.task-queue"));
  }

  @Test
  void endpointNameTheServerWouldRefuseFails() {
    this.embedded
        .withPropertyValues("temporal.nexus.endpoints[pay_ments].task-queue=echo")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.nexus.endpoints.pay_ments",
                    "'pay_ments' is not a Nexus endpoint name"));
  }

  @Test
  void stubNamingAnEndpointTheEmbeddedServerLacksFails() {
    this.embedded
        .withPropertyValues(
            CALLER + PlainEchoCallerImpl.class.getName(),
            "temporal.nexus.services.EchoService.endpoint=nowhere")
        .run(
            (context) ->
                assertThat(
                        assertStartupFailure(
                                context,
                                InvalidTemporalPropertyException.class,
                                "temporal.nexus.endpoints.nowhere.task-queue",
                                "temporal.nexus.services.EchoService.endpoint")
                            .getProblem())
                    .contains("neither declared there nor on the embedded server"));
  }

  @Test
  void declaredEndpointSatisfiesTheStubsThatNameIt() {
    this.embedded
        .withBean(EchoServiceImpl.class)
        .withPropertyValues(
            CALLER + PlainEchoCallerImpl.class.getName(),
            "temporal.nexus.endpoints.echo.task-queue=echo",
            "temporal.nexus.services.EchoService.endpoint=echo")
        .run((context) -> assertThat(context).hasNotFailed());
  }

  @Test
  void endpointOnAQueueNoWorkerPollsIsAWarning(CapturedOutput output) {
    this.embedded
        .withPropertyValues("temporal.nexus.endpoints.elsewhere.task-queue=other-team")
        .run(
            (context) -> {
              assertThat(context).hasNotFailed();
              assertThat(output)
                  .contains(
                      "Nexus endpoint 'elsewhere' (temporal.nexus.endpoints.elsewhere) sends"
                          + " operations to task queue 'other-team'");
            });
  }

  @Test
  void endpointMissingOnAnotherServerIsAWarning(CapturedOutput output) {
    try (EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false)) {
      server.start();
      TemporalContextRunners.temporal()
          .withPropertyValues(
              "temporal.connection.target=" + server.getTarget(),
              "temporal.workers[0].task-queue=echo",
              CALLER + PlainEchoCallerImpl.class.getName(),
              "temporal.nexus.services.EchoService.endpoint=payments")
          .run(
              (context) -> {
                assertThat(context).hasNotFailed();
                await()
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                        () ->
                            assertThat(output)
                                .contains(
                                    "Nexus endpoint 'payments', named by"
                                        + " temporal.nexus.services.EchoService.endpoint, does not"
                                        + " exist on the Temporal server"));
              });
    }
  }

  @Test
  void nonPositiveTimeoutFails() {
    this.bindingOnly
        .withPropertyValues("temporal.nexus.services.default.schedule-to-close-timeout=0s")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.nexus.services.default.schedule-to-close-timeout"));
  }

  @Test
  void unknownCancellationTypeFails() {
    this.bindingOnly
        .withPropertyValues("temporal.nexus.services.default.cancellation-type=later")
        .run(
            (context) ->
                assertThat(
                        assertStartupFailure(
                                context,
                                InvalidTemporalPropertyException.class,
                                "temporal.nexus.services.default.cancellation-type")
                            .getAction())
                    .contains("wait-completed"));
  }

  @Test
  void annotationDurationThatIsNoDurationFails() {
    this.bindingOnly
        .withPropertyValues(CALLER + BadDurationEchoCallerImpl.class.getName())
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "@NexusServiceStub on BadDurationEchoCallerImpl.echo",
                    "scheduleToCloseTimeout: 'soon' is not a duration"));
  }

  @Test
  void annotationCancellationTypeThatIsNoneFails() {
    this.bindingOnly
        .withPropertyValues(CALLER + BadCancellationEchoCallerImpl.class.getName())
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "@NexusServiceStub on BadCancellationEchoCallerImpl(echo)",
                    "cancellationType: 'later' is not a cancellation type"));
  }

  @Test
  void annotationOnAFieldThatIsNoNexusServiceFails() {
    this.bindingOnly
        .withPropertyValues(CALLER + WrongTypeNexusStubCallerImpl.class.getName())
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalComponentException.class,
                    "@NexusServiceStub on WrongTypeNexusStubCallerImpl.task",
                    "java.lang.Runnable is not a Nexus @Service interface"));
  }

  @Test
  void serviceKeyThatNamesNoServiceFails() {
    this.bindingOnly
        .withPropertyValues(
            CALLER + PlainEchoCallerImpl.class.getName(),
            "temporal.nexus.services.EchoServices.endpoint=echo")
        .run(
            (context) ->
                assertThat(
                        assertStartupFailure(
                                context,
                                InvalidTemporalPropertyException.class,
                                "temporal.nexus.services.EchoServices")
                            .getAction())
                    .contains("EchoService"));
  }

  @Test
  void unknownKeyUnderNexusFails() {
    this.bindingOnly
        .withPropertyValues("temporal.nexus.endpoint.payments.task-queue=echo")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    UnknownTemporalPropertyException.class,
                    "temporal.nexus.endpoint.payments.task-queue"));
  }
}
