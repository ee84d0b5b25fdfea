package dev.temporalboot.internal.nexus;

import io.temporal.workflow.NexusOperationCancellationType;
import io.temporal.workflow.NexusOperationOptions;
import io.temporal.workflow.NexusServiceOptions;
import java.time.Duration;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One source of Nexus service stub options (the YAML default, a service's YAML, a {@code
 * NexusServiceStub}), with unset values null so that layers merge field by field.
 *
 * @param source where the values come from, such as {@code temporal.nexus.services.default}
 * @param endpoint Nexus endpoint the operations are sent to
 * @param scheduleToCloseTimeout longest time an operation may take overall
 * @param scheduleToStartTimeout longest time an operation may wait to be started
 * @param startToCloseTimeout longest time an asynchronous operation may run once started
 * @param cancellationType what cancelling the calling scope waits for
 * @param summary short text the Temporal UI shows for each operation call
 */
public record NexusOptionsLayer(
    String source,
    @Nullable String endpoint,
    @Nullable Duration scheduleToCloseTimeout,
    @Nullable Duration scheduleToStartTimeout,
    @Nullable Duration startToCloseTimeout,
    @Nullable NexusOperationCancellationType cancellationType,
    @Nullable String summary) {

  static NexusOptionsLayer empty(String source) {
    return new NexusOptionsLayer(source, null, null, null, null, null, null);
  }

  /** Returns this layer with every value set in {@code over} replacing its own. */
  NexusOptionsLayer with(NexusOptionsLayer over) {
    return new NexusOptionsLayer(
        over.source,
        pick(over.endpoint, this.endpoint),
        pick(over.scheduleToCloseTimeout, this.scheduleToCloseTimeout),
        pick(over.scheduleToStartTimeout, this.scheduleToStartTimeout),
        pick(over.startToCloseTimeout, this.startToCloseTimeout),
        pick(over.cancellationType, this.cancellationType),
        pick(over.summary, this.summary));
  }

  NexusOperationOptions toOperationOptions() {
    NexusOperationOptions.Builder builder = NexusOperationOptions.newBuilder();
    ifSet(this.scheduleToCloseTimeout, builder::setScheduleToCloseTimeout);
    ifSet(this.scheduleToStartTimeout, builder::setScheduleToStartTimeout);
    ifSet(this.startToCloseTimeout, builder::setStartToCloseTimeout);
    ifSet(this.cancellationType, builder::setCancellationType);
    ifSet(this.summary, builder::setSummary);
    return builder.build();
  }

  NexusServiceOptions toServiceOptions() {
    NexusServiceOptions.Builder builder =
        NexusServiceOptions.newBuilder().setOperationOptions(toOperationOptions());
    ifSet(this.endpoint, builder::setEndpoint);
    return builder.build();
  }

  /** The SDK's builders refuse nulls in places, and unset values must keep their defaults. */
  private static <T> void ifSet(@Nullable T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  private static <T> @Nullable T pick(@Nullable T over, @Nullable T under) {
    return over != null ? over : under;
  }
}
