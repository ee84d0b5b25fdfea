package dev.temporalboot.connection;

import static dev.temporalboot.connection.TestCertificates.location;
import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.autoconfigure.TemporalAutoConfiguration;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.testsupport.StartupFailures;
import dev.temporalboot.testsupport.TemporalContextRunners;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Misconfigured TLS and API keys fail startup naming the property to fix, before any connection is
 * attempted (nothing listens on the target).
 */
class TlsPropertyErrorTests {

  private static final String TLS = "temporal.connection.tls.";

  @TempDir static Path directory;

  static TestCertificates certificates;

  static Path notPem;

  private final ApplicationContextRunner contextRunner =
      TemporalContextRunners.temporal()
          .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
          .withPropertyValues(
              "temporal.connection.target=127.0.0.1:1",
              "temporal.embedded.port=0",
              "temporal.workers-enabled=false");

  @BeforeAll
  static void generateCertificates() throws Exception {
    certificates = TestCertificates.generate(directory);
    notPem = Files.writeString(directory.resolve("not.pem"), "no certificate here");
  }

  @Test
  void missingTrustCertificateFileNamesTrustCertificate() {
    this.contextRunner
        .withPropertyValues(TLS + "trust-certificate=" + location(directory.resolve("absent.pem")))
        .run((context) -> assertInvalid(context, TLS + "trust-certificate", "absent.pem"));
  }

  @Test
  void trustCertificateThatIsNotPemNamesTrustCertificate() {
    this.contextRunner
        .withPropertyValues(TLS + "trust-certificate=" + location(notPem))
        .run((context) -> assertInvalid(context, TLS + "trust-certificate", "not.pem"));
  }

  @Test
  void missingCertificateFileNamesCertificate() {
    this.contextRunner
        .withPropertyValues(
            TLS + "certificate=" + location(directory.resolve("absent.pem")),
            TLS + "private-key=" + location(certificates.client().privateKey()))
        .run((context) -> assertInvalid(context, TLS + "certificate", "absent.pem"));
  }

  @Test
  void missingPrivateKeyFileNamesPrivateKey() {
    this.contextRunner
        .withPropertyValues(
            TLS + "certificate=" + location(certificates.client().certificate()),
            TLS + "private-key=" + location(directory.resolve("absent.key")))
        .run((context) -> assertInvalid(context, TLS + "private-key", "absent.key"));
  }

  @Test
  void privateKeyThatIsNotPemNamesPrivateKey() {
    this.contextRunner
        .withPropertyValues(
            TLS + "certificate=" + location(certificates.client().certificate()),
            TLS + "private-key=" + location(notPem))
        .run((context) -> assertInvalid(context, TLS + "private-key", "not.pem"));
  }

  @Test
  void privateKeyOfAnotherCertificateNamesPrivateKey() {
    this.contextRunner
        .withPropertyValues(
            TLS + "certificate=" + location(certificates.client().certificate()),
            TLS + "private-key=" + location(certificates.server().privateKey()))
        .run((context) -> assertInvalid(context, TLS + "private-key", "does not match"));
  }

  @Test
  void certificateWithoutPrivateKeyNamesPrivateKey() {
    this.contextRunner
        .withPropertyValues(TLS + "certificate=" + location(certificates.client().certificate()))
        .run((context) -> assertInvalid(context, TLS + "private-key", "needs both"));
  }

  @Test
  void privateKeyWithoutCertificateNamesCertificate() {
    this.contextRunner
        .withPropertyValues(TLS + "private-key=" + location(certificates.client().privateKey()))
        .run((context) -> assertInvalid(context, TLS + "certificate", "needs both"));
  }

  @Test
  void bundleTogetherWithPemFilesNamesBundle() {
    this.contextRunner
        .withPropertyValues(
            TLS + "bundle=temporal-client",
            "spring.ssl.bundle.pem.temporal-client.truststore.certificate="
                + location(certificates.ca()),
            TLS + "trust-certificate=" + location(certificates.ca()))
        .run((context) -> assertInvalid(context, TLS + "bundle", "both"));
  }

  @Test
  void unknownBundleNamesBundle() {
    this.contextRunner
        .withPropertyValues(TLS + "bundle=nowhere")
        .run((context) -> assertInvalid(context, TLS + "bundle", "'nowhere'"));
  }

  @Test
  void bundleWithoutSslAutoConfigurationNamesBundle() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TemporalAutoConfiguration.class))
        .withPropertyValues("temporal.connection.target=127.0.0.1:1", TLS + "bundle=nowhere")
        .run((context) -> assertInvalid(context, TLS + "bundle", "'nowhere'"));
  }

  @Test
  void tlsDisabledWithCertificateNamesEnabled() {
    this.contextRunner
        .withPropertyValues(
            TLS + "enabled=false", TLS + "trust-certificate=" + location(certificates.ca()))
        .run((context) -> assertInvalid(context, TLS + "enabled", "false"));
  }

  @Test
  void apiKeyWithoutTargetNamesApiKey() {
    this.contextRunner
        .withPropertyValues("temporal.connection.target=", "temporal.connection.api-key=secret")
        .run((context) -> assertInvalid(context, "temporal.connection.api-key", "embedded"));
  }

  @Test
  void tlsWithoutTargetNamesTlsEnabled() {
    this.contextRunner
        .withPropertyValues("temporal.connection.target=", TLS + "enabled=true")
        .run((context) -> assertInvalid(context, TLS + "enabled", "embedded"));
  }

  @Test
  void malformedTargetNamesTarget() {
    this.contextRunner
        .withPropertyValues("temporal.connection.target=https://x:7233")
        .run((context) -> assertInvalid(context, "temporal.connection.target", "URL"));
  }

  private static void assertInvalid(
      AssertableApplicationContext context, String property, String detail) {
    InvalidTemporalPropertyException ex =
        StartupFailures.assertStartupFailure(
            context, InvalidTemporalPropertyException.class, property);
    assertThat(ex.getProperty()).isEqualTo(property);
    assertThat(ex.getMessage()).contains(property).contains(detail);
    assertThat(ex.getAction()).isNotBlank();
  }
}
