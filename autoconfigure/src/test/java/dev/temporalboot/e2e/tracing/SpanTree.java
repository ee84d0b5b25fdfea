package dev.temporalboot.e2e.tracing;

import io.micrometer.tracing.exporter.FinishedSpan;
import java.util.Comparator;
import java.util.List;

/** Prints spans as the tree their parent ids make, as a tracing UI would show them. */
public final class SpanTree {

  private SpanTree() {}

  public static String print(List<FinishedSpan> spans) {
    StringBuilder tree = new StringBuilder();
    spans.stream()
        .filter((span) -> spans.stream().noneMatch((s) -> s.getSpanId().equals(span.getParentId())))
        .sorted(Comparator.comparing(FinishedSpan::getStartTimestamp))
        .forEach((root) -> append(tree, root, spans, 0));
    return tree.toString();
  }

  private static void append(
      StringBuilder tree, FinishedSpan span, List<FinishedSpan> spans, int depth) {
    tree.append("  ".repeat(depth))
        .append(span.getName())
        .append(" [")
        .append(span.getKind())
        .append(", ")
        .append(span.getLocalServiceName())
        .append("] trace=")
        .append(span.getTraceId())
        .append(" span=")
        .append(span.getSpanId())
        .append(" parent=")
        .append(span.getParentId())
        .append('\n');
    spans.stream()
        .filter((child) -> span.getSpanId().equals(child.getParentId()))
        .sorted(Comparator.comparing(FinishedSpan::getStartTimestamp))
        .forEach((child) -> append(tree, child, spans, depth + 1));
  }
}
