package dev.temporalboot.diagnostics;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints any {@link TemporalBootException} as "APPLICATION FAILED TO START" with its description
 * and action; the most specific exception in the cause chain wins.
 */
class TemporalBootFailureAnalyzer extends AbstractFailureAnalyzer<TemporalBootException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, TemporalBootException cause) {
    return new FailureAnalysis(cause.getDescription(), cause.getAction(), cause);
  }
}
