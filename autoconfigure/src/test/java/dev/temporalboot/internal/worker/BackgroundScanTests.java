package dev.temporalboot.internal.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The workflow scan runs in the background and hands over its result or its failure unchanged. */
class BackgroundScanTests {

  @Test
  void theScannedClassesAreHandedOver() {
    assertThat(BackgroundScan.start(() -> Set.of(String.class)).join())
        .containsExactly(String.class);
  }

  @Test
  void aFailureOfTheScanIsThrownAsItWas() {
    InvalidTemporalComponentException failure =
        new InvalidTemporalComponentException("Workflow class X", "broken.", "Fix it.");
    BackgroundScan scan =
        BackgroundScan.start(
            () -> {
              throw failure;
            });
    assertThatThrownBy(scan::join).isSameAs(failure);
  }

  @Test
  void anErrorOfTheScanIsThrownAsItWas() {
    NoClassDefFoundError error = new NoClassDefFoundError("com/acme/Missing");
    BackgroundScan scan =
        BackgroundScan.start(
            () -> {
              throw error;
            });
    assertThatThrownBy(scan::join).isSameAs(error);
  }
}
