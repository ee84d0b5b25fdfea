package dev.temporalboot.reliability.nginx;

import static dev.temporalboot.connection.TestCertificates.location;
import static dev.temporalboot.testsupport.StartupFailures.assertStartupFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.autoconfigure.actuate.TemporalHealthContributorAutoConfiguration;
import dev.temporalboot.connection.TestCertificates;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.diagnostics.TemporalConnectionException;
import dev.temporalboot.e2e.actuator.EchoActivitiesImpl;
import dev.temporalboot.e2e.actuator.EchoWorkflow;
import dev.temporalboot.e2e.actuator.EchoWorkflowImpl;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * TLS, mutual TLS and the API key through a real nginx that terminates TLS and proxies gRPC to a
 * plain-text embedded server, with the real auto-configuration and a worker running a workflow.
 */
class NginxTlsProxyTests {

  @TempDir static Path certificateDirectory;

  static TestCertificates certificates;

  static EmbeddedTemporalServer upstream;

  @TempDir Path nginxDirectory;

  private Nginx nginx;

  private final ApplicationContextRunner contextRunner =
      TemporalContextRunners.temporal()
          .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
          .withBean("echoActivities", EchoActivitiesImpl.class)
          .withPropertyValues(
              "temporal.connection.fail-fast=true",
              "temporal.connection.rpc-timeout=5s",
              "temporal.shutdown.grace-period=1s",
              "temporal.workers[0].task-queue=echo",
              "temporal.workers[0].workflow-classes=" + EchoWorkflowImpl.class.getName());

  @BeforeAll
  static void startUpstream() throws Exception {
    Nginx.binary();
    certificates = TestCertificates.generate(certificateDirectory);
    upstream = new EmbeddedTemporalServer("127.0.0.1", 0, false);
    upstream.start();
  }

  @AfterAll
  static void stopUpstream() {
    if (upstream != null) {
      upstream.close();
    }
  }

  /** The auto-configuration, pointed at the running nginx. */
  private ApplicationContextRunner throughNginx() {
    return this.contextRunner.withPropertyValues(
        "temporal.connection.target=" + this.nginx.target());
  }

  @AfterEach
  void stopNginx() {
    if (this.nginx != null) {
      this.nginx.close();
    }
  }

  @Test
  void trustCertificateRunsAWorkflowThroughNginx() throws Exception {
    this.nginx = startNginx(Nginx.Options.tls());
    throughNginx()
        .withPropertyValues(
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()))
        .run(this::assertWorkflowCompletes);
    assertThat(this.nginx.accessLog())
        .anyMatch((line) -> line.startsWith("/temporal.api.workflowservice.v1.WorkflowService/"));
  }

  @Test
  void clientCertificateRunsAWorkflowThroughNginxRequiringOne() throws Exception {
    this.nginx = startNginx(Nginx.Options.mutualTls());
    throughNginx()
        .withPropertyValues(
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()),
            "temporal.connection.tls.certificate=" + location(certificates.client().certificate()),
            "temporal.connection.tls.private-key=" + location(certificates.client().privateKey()))
        .run(this::assertWorkflowCompletes);
  }

  @Test
  void missingClientCertificateFailsStartupNamingTheTarget() throws Exception {
    this.nginx = startNginx(Nginx.Options.mutualTls());
    throughNginx()
        .withPropertyValues(
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()))
        .run(
            (context) -> {
              TemporalConnectionException ex =
                  assertStartupFailure(
                      context, TemporalConnectionException.class, "'" + this.nginx.target() + "'");
              assertThat(ex.getTarget()).isEqualTo(this.nginx.target());
              // nginx completes the handshake and answers with an HTML error page, not gRPC.
              assertThat(ex.getMessage())
                  .contains("INTERNAL: HTTP status code 400")
                  .contains("No required SSL certificate was sent");
            });
    assertThat(this.nginx.accessLog()).isNotEmpty().allMatch((line) -> line.contains(" 400 "));
  }

  @Test
  void apiKeyReachesNginxAsBearerToken() throws Exception {
    this.nginx = startNginx(Nginx.Options.apiKey());
    throughNginx()
        .withPropertyValues(
            "temporal.connection.api-key=" + Nginx.API_KEY,
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()))
        .run(this::assertWorkflowCompletes);
    assertThat(this.nginx.accessLog())
        .isNotEmpty()
        .allMatch((line) -> line.endsWith(" \"Bearer " + Nginx.API_KEY + "\""));
  }

  @Test
  void wrongApiKeyFailsStartupWithFailFast() throws Exception {
    this.nginx = startNginx(Nginx.Options.apiKey());
    throughNginx()
        .withPropertyValues(
            "temporal.connection.api-key=guess",
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()))
        .run(
            (context) -> {
              TemporalConnectionException ex =
                  assertStartupFailure(
                      context, TemporalConnectionException.class, "'" + this.nginx.target() + "'");
              // grpc-java maps a plain HTTP 401 to UNAUTHENTICATED.
              assertThat(ex.getMessage()).contains("UNAUTHENTICATED: HTTP status code 401");
            });
    assertThat(this.nginx.accessLog())
        .isNotEmpty()
        .allMatch((line) -> line.endsWith(" 401 \"Bearer guess\""));
  }

  // A client-only app: with workers, the refused namespace check at worker start fails startup.
  @Test
  void wrongApiKeyWithoutFailFastReportsHealthDown() throws Exception {
    this.nginx = startNginx(Nginx.Options.apiKey());
    this.contextRunner
        .withConfiguration(AutoConfigurations.of(TemporalHealthContributorAutoConfiguration.class))
        .withPropertyValues(
            "temporal.workers-enabled=false",
            "temporal.connection.fail-fast=false",
            "temporal.connection.target=" + this.nginx.target(),
            "temporal.connection.api-key=guess",
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()))
        .run(
            (context) -> {
              assertThat(context).hasNotFailed();
              HealthIndicator connection =
                  (HealthIndicator)
                      context
                          .getBean("temporalHealthContributor", CompositeHealthContributor.class)
                          .getContributor("connection");
              Health health = connection.health();
              assertThat(health.getStatus()).isEqualTo(Status.DOWN);
              assertThat(health.getDetails())
                  .containsEntry("target", this.nginx.target())
                  .as(
                      "grpc-java no longer describes a proxy's HTML answer as 'HTTP status code N'"
                          + " followed by the page: GrpcErrors must change")
                  .containsEntry(
                      "error",
                      "UNAUTHENTICATED: HTTP status code 401 from a proxy: 401 Authorization Required");
            });
  }

  // A refusal is not unreachability: workers do not wait for a key that will never work.
  @Test
  void wrongApiKeyWithoutFailFastFailsStartupWhenWorkersStart() throws Exception {
    this.nginx = startNginx(Nginx.Options.apiKey());
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.fail-fast=false",
            "temporal.connection.target=" + this.nginx.target(),
            "temporal.connection.api-key=guess",
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()))
        .run(
            (context) -> {
              assertStartupFailure(
                  context,
                  InvalidTemporalPropertyException.class,
                  "temporal.connection.api-key",
                  "UNAUTHENTICATED");
            });
  }

  @Test
  void sslBundleRunsAWorkflowThroughNginxRequiringAClientCertificate() throws Exception {
    this.nginx = startNginx(Nginx.Options.mutualTls());
    String bundle = "spring.ssl.bundle.pem.temporal-client.";
    throughNginx()
        .withPropertyValues(
            "temporal.connection.tls.bundle=temporal-client",
            bundle + "keystore.certificate=" + location(certificates.client().certificate()),
            bundle + "keystore.private-key=" + location(certificates.client().privateKey()),
            bundle + "truststore.certificate=" + location(certificates.ca()))
        .run(this::assertWorkflowCompletes);
  }

  private Nginx startNginx(Nginx.Options options) throws Exception {
    return Nginx.start(
        Files.createDirectories(this.nginxDirectory), certificates, options, upstream.getPort());
  }

  private void assertWorkflowCompletes(AssertableApplicationContext context) {
    assertThat(context).hasNotFailed();
    EchoWorkflow workflow =
        context
            .getBean(WorkflowClient.class)
            .newWorkflowStub(
                EchoWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setTaskQueue("echo")
                    .setWorkflowId("nginx-" + UUID.randomUUID())
                    .build());
    assertThat(workflow.echo("through nginx")).isEqualTo("THROUGH NGINX");
  }
}
