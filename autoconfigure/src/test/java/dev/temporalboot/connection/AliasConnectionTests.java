package dev.temporalboot.connection;

import static dev.temporalboot.connection.TestCertificates.location;
import static dev.temporalboot.testsupport.StartupFailures.assertStartupFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Keys of temporal.connection that an alias's connection cannot take over fail start-up naming the
 * alias's key; TLS material is taken over as one piece, never mixed with the alias's own.
 */
class AliasConnectionTests {

  private static final String ALIAS = "temporal.namespaces.billing.connection.";

  @TempDir static Path directory;

  static TestCertificates certificates;

  private final ApplicationContextRunner remote =
      TemporalContextRunners.temporal()
          .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
          .withPropertyValues(
              "temporal.connection.target=127.0.0.1:1", "temporal.workers-enabled=false");

  private final ApplicationContextRunner embedded =
      TemporalContextRunners.temporal().withPropertyValues("temporal.workers-enabled=false");

  @BeforeAll
  static void generateCertificates() throws Exception {
    certificates = TestCertificates.generate(directory);
  }

  @Test
  void serverNameOfThePrimaryTargetIsNotTakenToAnotherTarget() {
    this.remote
        .withPropertyValues(
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()),
            "temporal.connection.tls.server-name=orders.example.com",
            ALIAS + "target=127.0.0.1:2")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    ALIAS + "tls.server-name",
                    "'orders.example.com'",
                    "not of 127.0.0.1:2"));
  }

  @Test
  void serverNameIsTakenOverWithTheTargetAndCanBeClearedForAnother() {
    this.remote
        .withPropertyValues(
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()),
            "temporal.connection.tls.server-name=orders.example.com",
            "temporal.namespaces.billing.namespace=billing",
            "temporal.namespaces.ledger.connection.target=127.0.0.1:2",
            "temporal.namespaces.ledger.connection.tls.server-name=")
        .run(
            (context) -> {
              assertThat(context).hasNotFailed();
              assertThat(stubs(context, "billing"))
                  .isSameAs(context.getBean(WorkflowServiceStubs.class));
              assertThat(stubs(context, "ledger")).isNotSameAs(stubs(context, "billing"));
            });
  }

  @Test
  void ownApiKeyOnTheEmbeddedServerFails() {
    this.embedded
        .withPropertyValues(ALIAS + "api-key=s3cret")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    ALIAS + "api-key",
                    "embedded server"));
  }

  @Test
  void ownTlsOnTheEmbeddedServerFails() {
    this.embedded
        .withPropertyValues(ALIAS + "tls.enabled=true")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    ALIAS + "tls.enabled",
                    "embedded server"));
  }

  /** The primary connection's own check comes first: an inherited key never reaches an alias. */
  @Test
  void inheritedApiKeyWithoutATargetFailsOnThePrimaryKey() {
    this.embedded
        .withPropertyValues(
            "temporal.connection.api-key=s3cret", "temporal.namespaces.billing.namespace=billing")
        .run(
            (context) ->
                assertStartupFailure(
                    context,
                    InvalidTemporalPropertyException.class,
                    "temporal.connection.api-key"));
  }

  @Test
  void ownBundleReplacesInheritedPemFilesWhole() {
    this.remote
        .withPropertyValues(
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()),
            "spring.ssl.bundle.pem.billing.truststore.certificate=" + location(certificates.ca()),
            ALIAS + "target=127.0.0.1:2",
            ALIAS + "tls.bundle=billing")
        .run(
            (context) -> {
              assertThat(context).hasNotFailed();
              assertThat(stubs(context, "billing"))
                  .isNotSameAs(context.getBean(WorkflowServiceStubs.class));
            });
  }

  @Test
  void ownPemFilesReplaceAnInheritedBundleWhole() {
    this.remote
        .withPropertyValues(
            "spring.ssl.bundle.pem.orders.truststore.certificate=" + location(certificates.ca()),
            "temporal.connection.tls.bundle=orders",
            ALIAS + "target=127.0.0.1:2",
            ALIAS + "tls.trust-certificate=" + location(certificates.ca()))
        .run((context) -> assertThat(context).hasNotFailed());
  }

  @Test
  void ownBundleTogetherWithOwnPemFilesFailsOnTheAliasKey() {
    this.remote
        .withPropertyValues(
            "spring.ssl.bundle.pem.billing.truststore.certificate=" + location(certificates.ca()),
            ALIAS + "target=127.0.0.1:2",
            ALIAS + "tls.bundle=billing",
            ALIAS + "tls.trust-certificate=" + location(certificates.ca()))
        .run(
            (context) ->
                assertStartupFailure(
                    context, InvalidTemporalPropertyException.class, ALIAS + "tls.bundle", "both"));
  }

  private static WorkflowServiceStubs stubs(AssertableApplicationContext context, String alias) {
    return BeanFactoryAnnotationUtils.qualifiedBeanOfType(
        context.getBeanFactory(), WorkflowServiceStubs.class, alias);
  }
}
