package dev.temporalboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.internal.activity.ActivityOptionsLayer;
import io.temporal.activity.ActivityCancellationType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code temporal.activities} entries become layers, every value in its place. */
class ActivityOptionsLayersTests {

  @Test
  void everyValueIsMappedOntoTheLayer() {
    ActivityProperties properties = new ActivityProperties();
    properties.setStartToCloseTimeout(Duration.ofSeconds(1));
    properties.setScheduleToCloseTimeout(Duration.ofSeconds(2));
    properties.setScheduleToStartTimeout(Duration.ofSeconds(3));
    properties.setHeartbeatTimeout(Duration.ofSeconds(4));
    properties.setTaskQueue("payments");
    properties.setLocal(false);
    properties.setCancellationType(ActivityProperties.CancellationType.ABANDON);
    properties.setSummary("charge");
    properties.getRetry().setInitialInterval(Duration.ofSeconds(5));
    properties.getRetry().setBackoff(3.0);
    properties.getRetry().setMaximumInterval(Duration.ofSeconds(6));
    properties.getRetry().setMaximumAttempts(7);
    properties.getRetry().setDoNotRetry(List.of("CardDeclined"));

    ActivityOptionsLayer layer =
        ActivityOptionsLayers.of(Map.of("Payments", properties)).get("Payments");

    assertThat(layer)
        .isEqualTo(
            new ActivityOptionsLayer(
                "temporal.activities.Payments",
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                Duration.ofSeconds(3),
                Duration.ofSeconds(4),
                "payments",
                false,
                ActivityCancellationType.ABANDON,
                "charge",
                Duration.ofSeconds(5),
                3.0,
                Duration.ofSeconds(6),
                7,
                List.of("CardDeclined")));
  }

  @Test
  void unsetValuesStayNullAndKeysKeepTheirOrder() {
    Map<String, ActivityProperties> activities = new LinkedHashMap<>();
    activities.put("default", new ActivityProperties());
    activities.put("Payments", new ActivityProperties());

    Map<String, ActivityOptionsLayer> layers = ActivityOptionsLayers.of(activities);

    assertThat(layers).containsOnlyKeys("default", "Payments");
    assertThat(layers.keySet()).containsExactly("default", "Payments");
    ActivityOptionsLayer layer = layers.get("default");
    assertThat(layer.source()).isEqualTo("temporal.activities.default");
    assertThat(layer.startToCloseTimeout()).isNull();
    assertThat(layer.local()).isNull();
    assertThat(layer.cancellationType()).isNull();
    assertThat(layer.maximumAttempts()).isNull();
    assertThat(layer.doNotRetry()).isEmpty();
  }

  @Test
  void everyCancellationTypeIsTheSdkTypeOfTheSameName() {
    for (ActivityProperties.CancellationType type : ActivityProperties.CancellationType.values()) {
      ActivityProperties properties = new ActivityProperties();
      properties.setCancellationType(type);
      assertThat(ActivityOptionsLayers.of(Map.of("default", properties)).get("default"))
          .extracting(ActivityOptionsLayer::cancellationType)
          .isEqualTo(ActivityCancellationType.valueOf(type.name()));
    }
    assertThat(ActivityProperties.CancellationType.values())
        .hasSameSizeAs(ActivityCancellationType.values());
  }
}
