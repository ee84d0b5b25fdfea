package dev.temporalboot.autoconfigure;

/** Tracing of Temporal calls, under {@code temporal.tracing}. */
public class TracingProperties {

  /**
   * Whether client calls, workflow runs and handlers, and activity executions are Micrometer
   * Observations whose trace context travels in Temporal headers; needs a Micrometer Tracing
   * bridge.
   */
  private boolean enabled = true;

  public boolean isEnabled() {
    return this.enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
