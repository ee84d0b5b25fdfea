package dev.temporalboot.bench.boot.observed;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.stereotype.Component;

/**
 * The span exporter of the observed benchmark: keeps the latest finished spans in memory, so that
 * tracing does all its work (a span per client call, workflow and activity) without a network.
 */
@Component
public class InMemorySpans extends SpanHandler {

  private static final int KEPT = 1_000;

  private final Deque<MutableSpan> spans = new ArrayDeque<>(KEPT);
  private long finished;

  @Override
  public synchronized boolean end(TraceContext context, MutableSpan span, Cause cause) {
    if (this.spans.size() == KEPT) {
      this.spans.removeFirst();
    }
    this.spans.addLast(span);
    this.finished++;
    return true;
  }

  /**
   * Returns how many spans finished so far.
   *
   * @return the count
   */
  public synchronized long finished() {
    return this.finished;
  }
}
