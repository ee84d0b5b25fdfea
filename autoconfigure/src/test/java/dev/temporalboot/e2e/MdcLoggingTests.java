package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import dev.temporalboot.e2e.mdc.MdcApplication;
import dev.temporalboot.e2e.mdc.ParcelWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Log lines from workflow and activity code carry the MDC keys; other lines carry none. */
@SpringBootTest(classes = MdcApplication.class, properties = "temporal.embedded.port=0")
@ExtendWith(OutputCaptureExtension.class)
class MdcLoggingTests {

  @Autowired WorkflowClient client;

  private ConsoleAppender<ILoggingEvent> appender;

  /**
   * An appender of our own: logging.pattern.console would apply only if this context were the first
   * to set up logging in the JVM, and other test classes' contexts stay cached.
   */
  @BeforeEach
  void logTheMdcKeys() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(
        "<%X{workflowId}|%X{runId}|%X{workflowType}|%X{activityType}|%X{taskQueue}|%X{attempt}>"
            + " %m%n");
    encoder.start();
    this.appender = new ConsoleAppender<>();
    this.appender.setContext(context);
    this.appender.setEncoder(encoder);
    this.appender.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(this.appender);
  }

  @AfterEach
  void removeAppender() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(this.appender);
    this.appender.stop();
  }

  @Test
  void workflowAndActivityLinesCarryTheirIdentity(CapturedOutput output) {
    String workflowId = "parcel-" + UUID.randomUUID();
    ParcelWorkflow workflow =
        this.client.newWorkflowStub(
            ParcelWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue("parcels").setWorkflowId(workflowId).build());
    String runId = WorkflowClient.start(workflow::deliver, "p1").getRunId();
    workflow.note("ring twice");

    assertThat(WorkflowStub.fromTyped(workflow).getResult(String.class))
        .isEqualTo("handed p1 ring twice");
    LoggerFactory.getLogger(MdcLoggingTests.class).info("after the workflow {}", workflowId);

    String workflowMdc = "<" + workflowId + "|" + runId + "|ParcelWorkflow||parcels|1> ";
    String activityMdc = "<" + workflowId + "|" + runId + "|ParcelWorkflow|Hand|parcels|";
    List<String> lines = output.getAll().lines().toList();
    assertThat(lines)
        .contains(workflowMdc + "workflow delivers p1")
        .contains(workflowMdc + "workflow thread wraps p1")
        .contains(workflowMdc + "workflow got note ring twice")
        .contains(activityMdc + "1> activity hands p1 ring twice")
        .contains(activityMdc + "2> activity hands p1 ring twice")
        .contains("<|||||> after the workflow " + workflowId);
    // The SDK logs the failed first attempt on the activity's thread, after the interceptor.
    assertThat(lines).anyMatch((line) -> line.startsWith("<|||||> Activity failure."));
  }
}
