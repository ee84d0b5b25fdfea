package dev.temporalboot.internal.schedule;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.DescribeScheduleRequest;
import io.temporal.api.workflowservice.v1.DescribeScheduleResponse;
import io.temporal.client.schedules.ScheduleAlreadyRunningException;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.ScheduleUpdate;
import io.temporal.common.converter.DataConverter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one schedule on the server in line with its declaration: creates it when missing, updates
 * it when this application owns it and the declaration's hash differs, and otherwise leaves it
 * alone. A create that loses a race (ALREADY_EXISTS) or an update that loses one (a stale conflict
 * token) reads the schedule again and decides anew, so concurrent instances end with one schedule.
 */
final class ScheduleReconciler {

  private static final Logger logger = LoggerFactory.getLogger(ScheduleReconciler.class);

  private static final int ATTEMPTS = 5;

  private final ScheduleClient client;

  private final WorkflowServiceStubs stubs;

  private final String namespace;

  private final DataConverter converter;

  private final String owner;

  ScheduleReconciler(
      ScheduleClient client,
      WorkflowServiceStubs stubs,
      String namespace,
      DataConverter converter,
      String owner) {
    this.client = client;
    this.stubs = stubs;
    this.namespace = namespace;
    this.converter = converter;
    this.owner = owner;
  }

  /**
   * Reconciles one schedule.
   *
   * @throws StatusRuntimeException when the server does not answer or refuses the schedule
   */
  ScheduleOutcome reconcile(ResolvedSchedule schedule) {
    String id = schedule.id();
    for (int attempt = 1; ; attempt++) {
      DescribeScheduleResponse current = describe(id);
      if (current == null) {
        try {
          this.client.createSchedule(
              id,
              schedule.schedule(),
              ScheduleOptions.newBuilder().setMemo(ScheduleOwnership.memo(this.owner)).build());
          logger.info("Created Temporal schedule '{}'", id);
          return ScheduleOutcome.CREATED;
        } catch (ScheduleAlreadyRunningException ex) {
          if (attempt >= ATTEMPTS) {
            throw ex;
          }
          logger.debug("Schedule '{}' created meanwhile by another instance; reading it", id);
          continue;
        }
      }
      String currentOwner = ScheduleOwnership.owner(current, this.converter);
      if (!this.owner.equals(currentOwner)) {
        logger.warn(
            "Temporal schedule '{}' exists but was not created by this application ({}): left"
                + " untouched, although temporal.schedules declares it",
            id,
            (currentOwner != null) ? "its owner is '" + currentOwner + "'" : "it has no owner");
        return ScheduleOutcome.NOT_OWNED;
      }
      if (Objects.equals(ScheduleOwnership.hash(current), schedule.hash())) {
        logger.info(
            "Temporal schedule '{}' is up to date with its declaration: left unchanged", id);
        return ScheduleOutcome.UNCHANGED;
      }
      try {
        this.client.getHandle(id).update((input) -> new ScheduleUpdate(schedule.schedule()));
        logger.info("Updated Temporal schedule '{}' from its changed declaration", id);
        return ScheduleOutcome.UPDATED;
      } catch (RuntimeException ex) {
        StatusRuntimeException status = status(ex);
        if (status == null
            || status.getStatus().getCode() != Status.Code.FAILED_PRECONDITION
            || attempt >= ATTEMPTS) {
          throw (status != null) ? status : ex;
        }
        logger.debug("Schedule '{}' changed while updating it; reading it again", id);
      }
    }
  }

  private @Nullable DescribeScheduleResponse describe(String id) {
    try {
      return this.stubs
          .blockingStub()
          .describeSchedule(
              DescribeScheduleRequest.newBuilder()
                  .setNamespace(this.namespace)
                  .setScheduleId(id)
                  .build());
    } catch (StatusRuntimeException ex) {
      if (ex.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return null;
      }
      throw ex;
    }
  }

  static @Nullable StatusRuntimeException status(Throwable ex) {
    for (Throwable current = ex; current != null; current = current.getCause()) {
      if (current instanceof StatusRuntimeException status) {
        return status;
      }
      if (current.getCause() == current) {
        break;
      }
    }
    return null;
  }
}
