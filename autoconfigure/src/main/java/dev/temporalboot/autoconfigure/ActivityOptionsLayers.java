package dev.temporalboot.autoconfigure;

import dev.temporalboot.internal.activity.ActivityOptionsLayer;
import io.temporal.activity.ActivityCancellationType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps {@code temporal.activities} onto {@link ActivityOptionsLayer}s, unset values staying null so
 * that the layers still merge field by field.
 */
final class ActivityOptionsLayers {

  private static final String PREFIX = "temporal.activities.";

  private ActivityOptionsLayers() {}

  /** Returns one layer per entry, keyed and ordered as in the YAML. */
  static Map<String, ActivityOptionsLayer> of(Map<String, ActivityProperties> activities) {
    Map<String, ActivityOptionsLayer> layers = new LinkedHashMap<>();
    activities.forEach((key, properties) -> layers.put(key, of(PREFIX + key, properties)));
    return Collections.unmodifiableMap(layers);
  }

  private static ActivityOptionsLayer of(String source, ActivityProperties properties) {
    RetryProperties retry = properties.getRetry();
    return new ActivityOptionsLayer(
        source,
        properties.getStartToCloseTimeout(),
        properties.getScheduleToCloseTimeout(),
        properties.getScheduleToStartTimeout(),
        properties.getHeartbeatTimeout(),
        properties.getTaskQueue(),
        properties.getLocal(),
        cancellationType(properties.getCancellationType()),
        properties.getSummary(),
        retry.getInitialInterval(),
        retry.getBackoff(),
        retry.getMaximumInterval(),
        retry.getMaximumAttempts(),
        List.copyOf(retry.getDoNotRetry()));
  }

  private static @Nullable ActivityCancellationType cancellationType(
      ActivityProperties.@Nullable CancellationType type) {
    if (type == null) {
      return null;
    }
    return switch (type) {
      case TRY_CANCEL -> ActivityCancellationType.TRY_CANCEL;
      case WAIT_CANCELLATION_COMPLETED -> ActivityCancellationType.WAIT_CANCELLATION_COMPLETED;
      case ABANDON -> ActivityCancellationType.ABANDON;
    };
  }
}
