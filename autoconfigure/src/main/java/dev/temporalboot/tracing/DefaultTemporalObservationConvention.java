package dev.temporalboot.tracing;

import dev.temporalboot.tracing.TemporalCall.Side;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * Observation {@code temporal.client}, {@code temporal.workflow}, {@code temporal.activity}, {@code
 * temporal.nexus.caller} or {@code temporal.nexus.handler}, named like {@code temporal run workflow
 * OrderWorkflow}. Low-cardinality keys (also metric tags, so every observation of a name has all of
 * them, {@code none} when they do not apply): {@code temporal.operation}, {@code temporal.name},
 * {@code temporal.workflow.type}, {@code temporal.activity.type}, {@code temporal.task.queue},
 * {@code temporal.namespace}, and on the two Nexus observations also {@code
 * temporal.nexus.endpoint}, {@code temporal.nexus.service}, {@code temporal.nexus.operation}; high
 * cardinality: {@code temporal.workflow.id}, {@code temporal.run.id}.
 */
public class DefaultTemporalObservationConvention implements TemporalObservationConvention {

  private static final String NONE = "none";

  @Override
  public @Nullable String getName() {
    // None: the context already carries its side's name, which Micrometer keeps when this is null.
    return null;
  }

  @Override
  public @Nullable String getContextualName(Observation.Context context) {
    return TemporalObservationConvention.callOf(context).contextualName();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(Observation.Context context) {
    TemporalCall call = TemporalObservationConvention.callOf(context);
    KeyValues keys =
        KeyValues.of(
            KeyValue.of("temporal.operation", call.operation()),
            KeyValue.of("temporal.name", call.name()),
            KeyValue.of("temporal.workflow.type", orNone(call.workflowType())),
            KeyValue.of("temporal.activity.type", orNone(call.activityType())),
            KeyValue.of("temporal.task.queue", orNone(call.taskQueue())),
            KeyValue.of("temporal.namespace", orNone(call.namespace())));
    if (call.side() != Side.NEXUS_CALLER && call.side() != Side.NEXUS_HANDLER) {
      return keys;
    }
    TemporalCall.NexusOperation nexus = call.nexus();
    return keys.and(
        KeyValue.of("temporal.nexus.endpoint", orNone((nexus != null) ? nexus.endpoint() : null)),
        KeyValue.of("temporal.nexus.service", orNone((nexus != null) ? nexus.service() : null)),
        KeyValue.of(
            "temporal.nexus.operation", orNone((nexus != null) ? nexus.operation() : null)));
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(Observation.Context context) {
    TemporalCall call = TemporalObservationConvention.callOf(context);
    return KeyValues.of(
        KeyValue.of("temporal.workflow.id", orNone(call.workflowId())),
        KeyValue.of("temporal.run.id", orNone(call.runId())));
  }

  private static String orNone(@Nullable String value) {
    return (value != null && !value.isEmpty()) ? value : NONE;
  }
}
