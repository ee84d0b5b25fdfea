package dev.temporalboot.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stubs created in the background are handed over only to a bean that builds the same ones. */
class EarlyConnectionTests {

  // Nothing listens there: the warm-up call fails at once, which the stubs must survive.
  private final ServiceStubsFactory factory =
      new ServiceStubsFactory(details("127.0.0.1:1"), Duration.ofSeconds(2), false);

  @Test
  void theStubsBeanWithTheSameOptionsTakesTheEarlyStubsOver() {
    EarlyConnection early = EarlyConnection.open(this.factory);
    WorkflowServiceStubs stubs = this.factory.create(List.of(), List.of(), early);
    try {
      assertThat(early.isTakenOver()).isTrue();
      assertThat(stubs.getOptions().getTarget()).isEqualTo("127.0.0.1:1");
      assertThat(stubs.getOptions().getRpcTimeout()).isEqualTo(Duration.ofSeconds(2));
      assertThat(stubs.isShutdown()).isFalse();
      assertThat(early.take(this.factory.inputs())).as("handed over once").isNull();
    } finally {
      stubs.shutdownNow();
    }
  }

  @Test
  void otherOptionsGetNewStubsAndTheEarlyOnesAreShutDown() {
    EarlyConnection early = EarlyConnection.open(this.factory);
    TemporalCustomizer<WorkflowServiceStubsOptions.Builder> customizer =
        (builder) -> builder.setRpcTimeout(Duration.ofSeconds(3));
    WorkflowServiceStubs stubs = this.factory.create(List.of(), List.of(customizer), early);
    try {
      assertThat(early.isTakenOver()).isFalse();
      assertThat(stubs.getOptions().getRpcTimeout()).isEqualTo(Duration.ofSeconds(3));
    } finally {
      stubs.shutdownNow();
    }
  }

  @Test
  void otherDetailsGetNewStubs() {
    EarlyConnection early = EarlyConnection.open(this.factory);
    ServiceStubsFactory other =
        new ServiceStubsFactory(details("127.0.0.1:2"), Duration.ofSeconds(2), false);
    WorkflowServiceStubs stubs = other.create(List.of(), List.of(), early);
    try {
      assertThat(early.isTakenOver()).isFalse();
      assertThat(stubs.getOptions().getTarget()).isEqualTo("127.0.0.1:2");
    } finally {
      stubs.shutdownNow();
    }
  }

  @Test
  void theSameApiKeyTakesTheEarlyStubsOverAndAnotherDoesNot() {
    ServiceStubsFactory withKey = withApiKey("secret");
    EarlyConnection early = EarlyConnection.open(withKey);
    WorkflowServiceStubs stubs = withKey.create(List.of(), List.of(), early);
    EarlyConnection other = EarlyConnection.open(withKey);
    WorkflowServiceStubs otherStubs = withApiKey("rotated").create(List.of(), List.of(), other);
    try {
      assertThat(early.isTakenOver()).isTrue();
      assertThat(other.isTakenOver()).as("another key").isFalse();
    } finally {
      stubs.shutdownNow();
      otherStubs.shutdownNow();
    }
  }

  @Test
  void aFactoryThatCannotBeMadeOpensNothingEarly() {
    EarlyConnection early =
        EarlyConnection.open(
            () -> {
              throw new IllegalStateException("unreadable PEM file");
            });
    WorkflowServiceStubs stubs = this.factory.create(List.of(), List.of(), early);
    try {
      assertThat(early.isTakenOver()).isFalse();
      assertThat(stubs.isShutdown()).isFalse();
    } finally {
      stubs.shutdownNow();
    }
  }

  @Test
  void earlyStubsNeverTakenAreShutDownWhenDiscarded() {
    EarlyConnection early = EarlyConnection.open(this.factory);
    early.discard();
    assertThat(early.take(this.factory.inputs())).isNull();
    assertThat(early.isTakenOver()).isFalse();
  }

  @Test
  void anEarlyFailureLeavesTheErrorToTheStubsBeanNamingTheProperty() {
    ServiceStubsFactory invalid =
        new ServiceStubsFactory(details("no-port"), Duration.ofSeconds(2), false);
    EarlyConnection early = EarlyConnection.open(invalid);
    assertThatExceptionOfType(InvalidTemporalPropertyException.class)
        .isThrownBy(() -> invalid.create(List.of(), List.of(), early))
        .satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("temporal.connection.target"));
    assertThat(early.take(invalid.inputs())).isNull();
  }

  private static ServiceStubsFactory withApiKey(String apiKey) {
    return new ServiceStubsFactory(
        new FixedConnectionDetails("127.0.0.1:1", apiKey, null), Duration.ofSeconds(2), false);
  }

  private static TemporalConnectionDetails details(String target) {
    return FixedConnectionDetails.plain(target);
  }
}
