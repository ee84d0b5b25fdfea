package dev.temporalboot.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetsTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost:7233",
        "[::1]:7233",
        "dns:///host:7233",
        "my-ns.a1b2c.tmprl.cloud:7233",
        "127.0.0.1:1",
        "localhost:65535"
      })
  void wellFormedTargetsAreAccepted(String target) {
    assertThat(Targets.validate(target)).isEqualTo(target);
  }

  @ParameterizedTest
  @ValueSource(strings = {" localhost:7233", "localhost:7233 \n"})
  void surroundingWhitespaceIsTrimmed(String target) {
    assertThat(Targets.validate(target)).isEqualTo("localhost:7233");
  }

  @ParameterizedTest
  @ValueSource(strings = {":7233", " :7233", "[]:7233"})
  void targetWithoutHostIsRejected(String target) {
    assertRejected(target, "no host");
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "[::1]", "[::1", "", "   "})
  void targetWithoutPortIsRejected(String target) {
    assertRejected(target, "no port");
  }

  @ParameterizedTest
  @ValueSource(strings = {"::1", "::1:7233", "fe80::1"})
  void unbracketedIpv6AddressIsRejectedWithTheBracketedForm(String target) {
    assertThat(assertRejected(target, "IPv6").getAction()).contains("[::1]:7233");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "70000", "abc", "99999999999", "-1", "", "7233/x"})
  void portOutsideOneTo65535IsRejected(String port) {
    assertRejected("localhost:" + port, "port '" + port + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://x:7233", "https://x:7233", "HTTPS://x:7233"})
  void urlIsRejectedWithTheHostPortForm(String target) {
    assertThat(assertRejected(target, "URL").getAction()).contains("Drop the scheme");
  }

  private static InvalidTemporalPropertyException assertRejected(String target, String problem) {
    InvalidTemporalPropertyException ex =
        catchThrowableOfType(
            InvalidTemporalPropertyException.class, () -> Targets.validate(target));
    assertThat(ex).as("exception for '%s'", target).isNotNull();
    assertThat(ex.getProperty()).isEqualTo("temporal.connection.target");
    assertThat(ex.getMessage()).contains("temporal.connection.target").contains(problem);
    assertThat(ex.getAction()).isNotBlank();
    return ex;
  }
}
