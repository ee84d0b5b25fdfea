package dev.temporalboot.e2e.mdc;

import dev.temporalboot.ActivityStub;
import dev.temporalboot.WorkflowImpl;
import io.temporal.workflow.Async;
import io.temporal.workflow.Workflow;
import org.slf4j.Logger;

@WorkflowImpl(taskQueues = "parcels")
public class ParcelWorkflowImpl implements ParcelWorkflow {

  private static final Logger log = Workflow.getLogger(ParcelWorkflowImpl.class);

  private final ParcelActivities activities;

  private String note;

  public ParcelWorkflowImpl(
      @ActivityStub(startToCloseTimeout = "10s") ParcelActivities activities) {
    this.activities = activities;
  }

  @Override
  public String deliver(String parcel) {
    log.info("workflow delivers {}", parcel);
    Async.procedure(() -> log.info("workflow thread wraps {}", parcel)).get();
    Workflow.await(() -> this.note != null);
    return this.activities.hand(parcel + " " + this.note);
  }

  @Override
  public void note(String text) {
    log.info("workflow got note {}", text);
    this.note = text;
  }

  @Override
  public String label() {
    return "parcel";
  }
}
