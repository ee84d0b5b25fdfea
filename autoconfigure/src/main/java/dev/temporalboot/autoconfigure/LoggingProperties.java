package dev.temporalboot.autoconfigure;

/** Logging from workflow and activity code, under {@code temporal.logging}. */
public class LoggingProperties {

  private final Mdc mdc = new Mdc();

  public Mdc getMdc() {
    return this.mdc;
  }

  /** The SLF4J MDC inside workflow and activity code. */
  public static class Mdc {

    /**
     * Whether to put workflowId, runId, workflowType, activityType, taskQueue and attempt into the
     * MDC while workflow and activity code runs.
     */
    private boolean enabled = true;

    public boolean isEnabled() {
      return this.enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
