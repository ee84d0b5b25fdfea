package dev.temporalboot.e2e.tracing;

import io.micrometer.tracing.exporter.FinishedSpan;
import io.micrometer.tracing.exporter.SpanReporter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** An in-memory exporter: the tracer reports each finished span here. */
public class SpanCollector implements SpanReporter {

  private final List<FinishedSpan> spans = new CopyOnWriteArrayList<>();

  @Override
  public void report(FinishedSpan span) {
    this.spans.add(span);
  }

  public List<FinishedSpan> spans() {
    return List.copyOf(this.spans);
  }

  public List<FinishedSpan> trace(String traceId) {
    return this.spans.stream().filter((span) -> span.getTraceId().equals(traceId)).toList();
  }

  public Optional<FinishedSpan> first(String name) {
    return this.spans.stream().filter((span) -> span.getName().equals(name)).findFirst();
  }
}
