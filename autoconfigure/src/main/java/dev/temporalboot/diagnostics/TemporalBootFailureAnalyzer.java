package dev.temporalboot.diagnostics;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Prints any {@link TemporalBootException} as "APPLICATION FAILED TO START" with its description
 * and action; the most specific exception in the cause chain wins.
 */
// First, so Boot's analyzers of a wrapped cause (e.g. a missing bean) cannot hide our message.
@Order(Ordered.HIGHEST_PRECEDENCE)
class TemporalBootFailureAnalyzer extends AbstractFailureAnalyzer<TemporalBootException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, TemporalBootException cause) {
    return new FailureAnalysis(cause.getDescription(), cause.getAction(), cause);
  }
}
