package dev.temporalboot.autoconfigure;

import static dev.temporalboot.testsupport.StartupFailures.assertStartupFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.diagnostics.TemporalConnectionException;
import dev.temporalboot.testsupport.TemporalContextRunners;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Where to connect cannot work: startup fails naming the property or the target. */
class TemporalConnectionFailureTests {

  private final ApplicationContextRunner contextRunner = TemporalContextRunners.temporal();

  @Test
  void targetWithoutPortFails() {
    this.contextRunner
        .withPropertyValues("temporal.connection.target=localhost")
        .run(
            (context) ->
                assertThat(
                        assertStartupFailure(
                                context,
                                InvalidTemporalPropertyException.class,
                                "temporal.connection.target",
                                "'localhost'")
                            .getProperty())
                    .isEqualTo("temporal.connection.target"));
  }

  @Test
  void embeddedServerRequiredWithoutTheTestServerFails() {
    this.contextRunner
        .withClassLoader(new FilteredClassLoader("io.temporal.internal.testservice"))
        .withPropertyValues("temporal.embedded.enabled=true")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.embedded.enabled",
                    "io.temporal:temporal-test-server"));
  }

  @Test
  void embeddedServerRequiredTogetherWithATargetFails() {
    this.contextRunner
        .withPropertyValues(
            "temporal.embedded.enabled=true", "temporal.connection.target=localhost:7233")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.embedded.enabled",
                    "temporal.connection.target"));
  }

  @Test
  void embeddedPortAlreadyInUseFails() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      this.contextRunner
          .withPropertyValues("temporal.embedded.port=" + port)
          .run(
              (context) ->
                  assertStartupFailure(
                      context,
                      InvalidTemporalPropertyException.class,
                      "temporal.embedded.port",
                      "port " + port,
                      "already in use"));
    }
  }

  @Test
  void failFastWithUnreachableTargetFailsNamingTheTarget() throws IOException {
    String target = "127.0.0.1:" + freePort();
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.target=" + target,
            "temporal.connection.fail-fast=true",
            "temporal.connection.rpc-timeout=5s")
        .run(
            (context) ->
                assertThat(
                        assertStartupFailure(
                                context, TemporalConnectionException.class, "'" + target + "'")
                            .getTarget())
                    .isEqualTo(target));
  }

  @Test
  void unreachableTargetWithoutFailFastStillStarts() throws IOException {
    this.contextRunner
        .withPropertyValues("temporal.connection.target=127.0.0.1:" + freePort())
        .run((context) -> assertThat(context).hasNotFailed());
  }

  /** A port nothing listens on: bound and released, so the OS will not hand it out again soon. */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }
}
