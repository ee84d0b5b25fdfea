package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.temporalboot.e2e.nexustrace.CreditServiceImpl;
import dev.temporalboot.e2e.nexustrace.NexusTracingApplication;
import dev.temporalboot.e2e.tracing.SpanCollector;
import dev.temporalboot.e2e.tracing.SpanTree;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.exporter.FinishedSpan;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * One trace from an HTTP request through a caller workflow, its Nexus operation, the handler and
 * the workflow the handler starts; the handler's MDC keys; the handler's cancel in the same trace.
 * No workflow is cached, so every later workflow task replays and must add no span.
 */
@SpringBootTest(
    classes = NexusTracingApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "temporal.embedded.port=0",
      "management.tracing.sampling.probability=1.0",
      "temporal.nexus.endpoints.credit-endpoint.task-queue=credit",
      "temporal.nexus.services.CreditService.endpoint=credit-endpoint",
      "temporal.nexus.services.CreditService.schedule-to-close-timeout=30s"
    })
@AutoConfigureTracing
class NexusTracingTests {

  @Value("${local.server.port}")
  int port;

  @Autowired SpanCollector spans;

  @Autowired WorkflowClient client;

  @Autowired ObservationRegistry registry;

  private final MdcCapture handlerLog = new MdcCapture();

  @BeforeEach
  void captureTheHandlersLog() {
    this.handlerLog.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
    this.handlerLog.start();
    handlerLogger().addAppender(this.handlerLog);
  }

  @AfterEach
  void stopCapturing() {
    handlerLogger().detachAppender(this.handlerLog);
    this.handlerLog.stop();
  }

  @Test
  void oneTraceRunsFromTheRequestThroughTheNexusHandlerToTheActivityOfItsWorkflow()
      throws Exception {
    assertThat(get("/loans/ada")).isEqualTo("reviewed ada scored 300");

    List<FinishedSpan> trace = requestTrace("ada");
    FinishedSpan http = one(trace, "http get /loans/{applicant}");
    System.out.println(SpanTree.print(trace));

    // Each name once: the workflow tasks that replayed (no cache) added nothing.
    assertThat(trace)
        .extracting(FinishedSpan::getName)
        .containsExactlyInAnyOrder(
            "http get /loans/{applicant}",
            "temporal start workflow LoanWorkflow",
            "temporal run workflow LoanWorkflow",
            "temporal start nexus operation CreditService/check",
            "temporal handle start nexus operation CreditService/check",
            "temporal start workflow CreditCheckWorkflow",
            "temporal run workflow CreditCheckWorkflow",
            "temporal run activity Score");
    FinishedSpan run = one(trace, "temporal run workflow LoanWorkflow");
    FinishedSpan call = one(trace, "temporal start nexus operation CreditService/check");
    FinishedSpan handle = one(trace, "temporal handle start nexus operation CreditService/check");
    FinishedSpan startCheck = one(trace, "temporal start workflow CreditCheckWorkflow");
    FinishedSpan check = one(trace, "temporal run workflow CreditCheckWorkflow");
    assertThat(one(trace, "temporal start workflow LoanWorkflow").getParentId())
        .isEqualTo(http.getSpanId());
    assertThat(call.getParentId()).isEqualTo(run.getSpanId());
    assertThat(call.getKind()).isEqualTo(Span.Kind.PRODUCER);
    assertThat(handle.getParentId()).isEqualTo(call.getSpanId());
    assertThat(handle.getKind()).isEqualTo(Span.Kind.CONSUMER);
    assertThat(startCheck.getParentId()).isEqualTo(handle.getSpanId());
    assertThat(check.getParentId()).isEqualTo(startCheck.getSpanId());
    assertThat(one(trace, "temporal run activity Score").getParentId())
        .isEqualTo(check.getSpanId());
    assertThat(call.getTags())
        .containsEntry("temporal.operation", "start")
        .containsEntry("temporal.name", "CreditService/check")
        .containsEntry("temporal.nexus.endpoint", "credit-endpoint")
        .containsEntry("temporal.nexus.service", "CreditService")
        .containsEntry("temporal.nexus.operation", "check")
        .containsEntry("temporal.workflow.type", "LoanWorkflow")
        .containsEntry("temporal.task.queue", "loans")
        .containsEntry("temporal.workflow.id", "loan-ada");
    assertThat(handle.getTags())
        .containsEntry("temporal.operation", "start")
        .containsEntry("temporal.nexus.endpoint", "credit-endpoint")
        .containsEntry("temporal.nexus.service", "CreditService")
        .containsEntry("temporal.nexus.operation", "check")
        .containsEntry("temporal.task.queue", "credit")
        .containsEntry("temporal.namespace", "default");
    // The replays did happen: both workflows completed more workflow tasks than their first.
    assertThat(workflowTasks("loan-ada")).isGreaterThan(1);
    assertThat(workflowTasks("credit-ada")).isGreaterThan(1);
  }

  @Test
  void logLinesOfAHandlerCarryTheNexusOperationAndItsCaller() throws Exception {
    assertThat(get("/loans/grace")).isEqualTo("reviewed grace scored 500");

    Map<String, String> mdc = this.handlerLog.mdcOf("handler checks grace");
    assertThat(mdc)
        .containsEntry("nexusService", "CreditService")
        .containsEntry("nexusOperation", "check")
        .containsEntry("nexusEndpoint", "credit-endpoint")
        .containsEntry("taskQueue", "credit")
        .containsEntry("nexusCallerWorkflowId", "loan-grace")
        .containsEntry("nexusCallerNamespace", "default")
        .doesNotContainKey("workflowId");
    // The handler's span is in scope: the line carries the request's trace id.
    String traceId = one(requestTrace("grace"), "http get /loans/{applicant}").getTraceId();
    assertThat(mdc).containsEntry("traceId", traceId);
    String line = this.handlerLog.lineOf("handler checks grace");
    System.out.println(line);
    assertThat(line)
        .isEqualTo(
            " INFO [CreditService check credit-endpoint credit caller=loan-grace trace="
                + traceId
                + "] d.t.e.n.CreditServiceImpl : handler checks grace");
  }

  @Test
  void cancellingTheCallerTracesTheHandlersCancelInTheSameTrace() {
    WorkflowStub loan =
        this.client.newUntypedWorkflowStub(
            "LoanWorkflow",
            WorkflowOptions.newBuilder().setTaskQueue("loans").setWorkflowId("loan-alan").build());
    Observation ops = Observation.start("ops", this.registry);
    ops.scoped(() -> loan.start("alan", true));
    ops.stop();
    WorkflowStub hold = this.client.newUntypedWorkflowStub("hold-alan");
    await()
        .atMost(Duration.ofSeconds(10))
        .ignoreExceptions()
        .until(
            () ->
                hold.describe().getStatus()
                    == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);

    loan.cancel();

    assertThatExceptionOfType(WorkflowFailedException.class)
        .isThrownBy(() -> loan.getResult(String.class));
    String traceId = this.spans.first("ops").orElseThrow().getTraceId();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                named(this.spans.trace(traceId), "temporal run workflow CreditHoldWorkflow").size()
                    == 1);
    List<FinishedSpan> trace = this.spans.trace(traceId);
    System.out.println(SpanTree.print(trace));
    FinishedSpan call = one(trace, "temporal start nexus operation CreditService/hold");
    FinishedSpan handleStart =
        one(trace, "temporal handle start nexus operation CreditService/hold");
    FinishedSpan handleCancel =
        one(trace, "temporal handle cancel nexus operation CreditService/hold");
    assertThat(handleStart.getParentId()).isEqualTo(call.getSpanId());
    assertThat(handleCancel.getParentId()).isEqualTo(call.getSpanId());
    assertThat(handleCancel.getKind()).isEqualTo(Span.Kind.CONSUMER);
    assertThat(handleCancel.getTags()).containsEntry("temporal.operation", "cancel");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                hold.describe().getStatus()
                    == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED);
  }

  private String get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** Returns the trace of the request for the applicant, once its last span has finished. */
  private List<FinishedSpan> requestTrace(String applicant) {
    String workflowId = "loan-" + applicant;
    FinishedSpan start =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    this.spans.spans().stream()
                        .filter(
                            (span) -> span.getName().equals("temporal start workflow LoanWorkflow"))
                        .filter(
                            (span) -> workflowId.equals(span.getTags().get("temporal.workflow.id")))
                        .findFirst(),
                Optional::isPresent)
            .orElseThrow();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                !named(this.spans.trace(start.getTraceId()), "http get /loans/{applicant}")
                    .isEmpty());
    return this.spans.trace(start.getTraceId());
  }

  private long workflowTasks(String workflowId) {
    return this.client.fetchHistory(workflowId).getEvents().stream()
        .filter((event) -> event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED)
        .count();
  }

  private static Logger handlerLogger() {
    return (Logger) LoggerFactory.getLogger(CreditServiceImpl.class);
  }

  private static List<FinishedSpan> named(List<FinishedSpan> spans, String name) {
    return spans.stream().filter((span) -> span.getName().equals(name)).toList();
  }

  private static FinishedSpan one(List<FinishedSpan> spans, String name) {
    List<FinishedSpan> named = named(spans, name);
    assertThat(named).as(name).hasSize(1);
    return named.get(0);
  }

  /** Keeps each event's MDC as it was when the line was logged, and the line in a pattern. */
  private static final class MdcCapture extends AppenderBase<ILoggingEvent> {

    private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

    private final PatternLayout layout = new PatternLayout();

    @Override
    public void start() {
      this.layout.setContext(getContext());
      this.layout.setPattern(
          "%5p [%X{nexusService} %X{nexusOperation} %X{nexusEndpoint} %X{taskQueue}"
              + " caller=%X{nexusCallerWorkflowId} trace=%X{traceId}] %logger{20} : %m");
      this.layout.start();
      super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
      event.prepareForDeferredProcessing();
      this.events.add(event);
    }

    Map<String, String> mdcOf(String message) {
      return eventOf(message).getMDCPropertyMap();
    }

    String lineOf(String message) {
      return this.layout.doLayout(eventOf(message));
    }

    private ILoggingEvent eventOf(String message) {
      return this.events.stream()
          .filter((event) -> event.getFormattedMessage().equals(message))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no line '" + message + "' in " + this.events));
    }
  }
}
