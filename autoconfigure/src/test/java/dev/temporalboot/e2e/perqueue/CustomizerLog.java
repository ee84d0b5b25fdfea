package dev.temporalboot.e2e.perqueue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Each call of a per-queue customizer: which customizer, which queue, what it found set. */
public class CustomizerLog {

  private final List<String> calls = new CopyOnWriteArrayList<>();

  public List<String> calls() {
    return List.copyOf(this.calls);
  }

  void add(String call) {
    this.calls.add(call);
  }
}
