package dev.temporalboot.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.internal.worker.WorkerAssemblyListener;
import dev.temporalboot.internal.worker.WorkerPlan;
import dev.temporalboot.internal.worker.WorkflowRegistrar;
import dev.temporalboot.test.app.Quote;
import dev.temporalboot.test.app.QuoteActivities;
import dev.temporalboot.test.app.QuoteWorkflow;
import dev.temporalboot.test.app.QuoteWorkflowImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A history recorded with the SDK's own data converter, as before Spring Boot's Jackson 3 mapper
 * wrote payloads, replays on an application whose payloads Jackson 3 now writes.
 */
@TemporalTest
class SdkHistoryReplayTests {

  private static final String SDK_QUEUE = "quotes-sdk";

  @Autowired WorkflowReplays replays;

  @Autowired DataConverter dataConverter;

  @Autowired WorkflowServiceStubs stubs;

  @Autowired WorkflowRegistrarCapture registrar;

  @Autowired QuoteActivities activities;

  @TempDir Path folder;

  @Test
  void historyRecordedWithTheSdkConverterReplaysWithJackson3() throws Exception {
    // Jackson 3 writes a Duration as ISO-8601 text, the SDK's mapper as seconds.
    assertThat(this.dataConverter.toPayload(Duration.ofMinutes(90)).get().getData().toStringUtf8())
        .isEqualTo("\"PT1H30M\"");
    Quote quote =
        new Quote(
            "q-1",
            Instant.parse("2024-03-10T08:15:30.123456789Z"),
            LocalDate.of(2024, 2, 29),
            LocalDateTime.of(2024, 3, 11, 7, 0),
            OffsetDateTime.parse("2024-03-12T18:00:00+05:30"),
            ZonedDateTime.of(2024, 7, 1, 9, 0, 0, 0, ZoneId.of("Europe/Paris")),
            Duration.ofMinutes(90),
            new BigDecimal("12.50"),
            Optional.of("fragile"),
            Optional.empty(),
            null);

    Path history = recordWithTheSdkConverter(quote, "quote-sdk");

    String input =
        WorkflowExecutionHistory.fromJson(Files.readString(history))
            .getEvents()
            .get(0)
            .getWorkflowExecutionStartedEventAttributes()
            .getInput()
            .getPayloads(0)
            .getData()
            .toStringUtf8();
    assertThat(input).contains("\"leadTime\":5400.000000000", "\"amount\":12.50");
    this.replays.assertReplays(QuoteWorkflowImpl.class, "file:" + history);
  }

  /** Runs the workflow on a client and worker of the SDK's own converter, and saves its history. */
  private Path recordWithTheSdkConverter(Quote quote, String workflowId) {
    WorkflowClient sdkClient =
        WorkflowClient.newInstance(
            this.stubs,
            WorkflowClientOptions.newBuilder()
                .setDataConverter(DefaultDataConverter.STANDARD_INSTANCE)
                .build());
    WorkerFactory factory = WorkerFactory.newInstance(sdkClient);
    Worker worker = factory.newWorker(SDK_QUEUE);
    this.registrar.get().register(worker, QuoteWorkflowImpl.class);
    worker.registerActivitiesImplementations(this.activities);
    factory.start();
    try {
      String result =
          sdkClient
              .newWorkflowStub(
                  QuoteWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setTaskQueue(SDK_QUEUE)
                      .setWorkflowId(workflowId)
                      .build())
              .confirm(quote);
      assertThat(result).startsWith("Quote[id=q-1");
      return WorkflowHistories.save(sdkClient, workflowId, this.folder.resolve("quote.json"));
    } finally {
      factory.shutdownNow();
    }
  }

  /** Keeps the registrar the workers were assembled with, to register the SDK worker alike. */
  static class WorkflowRegistrarCapture implements WorkerAssemblyListener {

    private final AtomicReference<WorkflowRegistrar> registrar = new AtomicReference<>();

    @Override
    public void workersAssembled(WorkerPlan plan, WorkflowRegistrar r) {
      this.registrar.set(r);
    }

    WorkflowRegistrar get() {
      return this.registrar.get();
    }
  }

  @TestConfiguration
  static class Capture {

    @Bean
    WorkflowRegistrarCapture workflowRegistrarCapture() {
      return new WorkflowRegistrarCapture();
    }
  }
}
