package dev.temporalboot.tracing;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags of Temporal Boot's observations; declare a bean to replace {@link
 * DefaultTemporalObservationConvention}.
 */
public interface TemporalObservationConvention extends ObservationConvention<Observation.Context> {

  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof TemporalSenderContext || context instanceof TemporalReceiverContext;
  }

  /** Returns the call behind a context this convention supports. */
  static TemporalCall callOf(Observation.Context context) {
    if (context instanceof TemporalSenderContext sender) {
      return sender.getCall();
    }
    return ((TemporalReceiverContext) context).getCall();
  }
}
