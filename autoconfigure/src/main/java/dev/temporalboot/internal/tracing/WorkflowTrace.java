package dev.temporalboot.internal.tracing;

import java.util.Map;

/**
 * The trace context one workflow execution passes on to the activities, children and runs it
 * starts: its run span's when this worker recorded one, else the one it inherited in its header.
 */
final class WorkflowTrace {

  private Map<String, String> inherited = Map.of();

  private Map<String, String> recorded = Map.of();

  void inherit(Map<String, String> carrier) {
    this.inherited = carrier;
  }

  Map<String, String> inherited() {
    return this.inherited;
  }

  void record(Map<String, String> carrier) {
    this.recorded = carrier;
  }

  Map<String, String> forChildren() {
    return this.recorded.isEmpty() ? this.inherited : this.recorded;
  }
}
