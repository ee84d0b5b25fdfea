package dev.temporalboot.internal.connection;

import static dev.temporalboot.connection.TestCertificates.location;
import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.connection.TestCertificates;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;

/**
 * Early stubs serve the stubs bean only when both are built from equal inputs: the same TLS
 * material (read twice from the same files), server name and API key.
 */
class ConnectionInputsTests {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @TempDir static Path directory;

  static TestCertificates certificates;

  @BeforeAll
  static void generateCertificates() throws Exception {
    certificates = TestCertificates.generate(directory);
  }

  @Test
  void bundlesReadTwiceFromTheSameFilesAreEqualInputs() {
    assertThat(inputs(mutualTls(), null, null)).isEqualTo(inputs(mutualTls(), null, null));
  }

  @Test
  void anotherTrustedAuthorityIsOtherInputs() {
    SslBundle trustingTheServerItself = trusting(certificates.server().certificate(), null);
    assertThat(inputs(trustingTheServerItself, null, null))
        .isNotEqualTo(inputs(trustOnly(), null, null));
  }

  @Test
  void aClientCertificateIsPartOfTheInputs() {
    assertThat(inputs(mutualTls(), null, null)).isNotEqualTo(inputs(trustOnly(), null, null));
  }

  @Test
  void theBundlesProtocolsArePartOfTheInputs() {
    SslBundle tls13 = trusting(certificates.ca(), SslOptions.of(null, new String[] {"TLSv1.3"}));
    assertThat(inputs(tls13, null, null)).isNotEqualTo(inputs(trustOnly(), null, null));
  }

  @Test
  void theServerNameAndTheApiKeyArePartOfTheInputs() {
    ConnectionInputs base = inputs(trustOnly(), null, "secret");
    assertThat(inputs(trustOnly(), "temporal.example", "secret")).isNotEqualTo(base);
    assertThat(inputs(trustOnly(), null, "rotated")).isNotEqualTo(base);
    assertThat(inputs(trustOnly(), null, "secret")).isEqualTo(base);
  }

  @Test
  void theInputsHoldNoSecret() {
    ConnectionInputs inputs = inputs(mutualTls(), null, "tb-api-key-1234");
    assertThat(inputs.toString()).doesNotContain("tb-api-key-1234");
    assertThat(inputs.apiKeyDigest()).hasSize(64).doesNotContain("tb-api-key");
  }

  @Test
  void theJvmsTrustStoreIsNotPlainText() {
    assertThat(inputs(null, null, null).tls()).isNotNull();
    assertThat(inputs(null, null, null))
        .isNotEqualTo(ConnectionInputs.of(details(null, null), TIMEOUT));
  }

  private static SslBundle mutualTls() {
    return SslBundle.of(
        new PemSslStoreBundle(
            PemSslStoreDetails.forCertificate(location(certificates.client().certificate()))
                .withPrivateKey(location(certificates.client().privateKey())),
            PemSslStoreDetails.forCertificate(location(certificates.ca()))));
  }

  private static SslBundle trustOnly() {
    return trusting(certificates.ca(), null);
  }

  /** Trusts one certificate, presents none. */
  private static SslBundle trusting(Path certificate, @Nullable SslOptions options) {
    return SslBundle.of(
        new PemSslStoreBundle(null, PemSslStoreDetails.forCertificate(location(certificate))),
        null,
        (options != null) ? options : SslOptions.NONE);
  }

  private static ConnectionInputs inputs(
      @Nullable SslBundle bundle, @Nullable String serverName, @Nullable String apiKey) {
    TemporalConnectionDetails.Tls tls = new TemporalConnectionDetails.Tls(bundle, serverName);
    ConnectionInputs inputs = ConnectionInputs.of(details(tls, apiKey), TIMEOUT);
    assertThat(inputs).as("readable material").isNotNull();
    return inputs;
  }

  private static TemporalConnectionDetails details(
      TemporalConnectionDetails.@Nullable Tls tls, @Nullable String apiKey) {
    return new FixedConnectionDetails("temporal.example:7233", apiKey, tls);
  }
}
