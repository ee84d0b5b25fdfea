package dev.temporalboot.connection;

import static dev.temporalboot.connection.TestCertificates.location;
import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.autoconfigure.EarlyConnectionProbe;
import dev.temporalboot.diagnostics.TemporalConnectionException;
import dev.temporalboot.internal.connection.EarlyConnection;
import dev.temporalboot.testsupport.StartupFailures;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Starts the real auto-configuration against a TLS Temporal server on 127.0.0.1; fail-fast makes
 * startup itself prove (or refute) the handshake.
 */
class RemoteTlsConnectionTests {

  @TempDir static Path directory;

  static TestCertificates certificates;

  private final ApplicationContextRunner contextRunner =
      TemporalContextRunners.temporal()
          .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
          .withPropertyValues(
              "temporal.connection.fail-fast=true",
              "temporal.connection.rpc-timeout=5s",
              "temporal.workers-enabled=false");

  private TlsTemporalServer server;

  @BeforeAll
  static void generateCertificates() throws Exception {
    certificates = TestCertificates.generate(directory);
  }

  @AfterEach
  void stopServer() throws InterruptedException {
    if (this.server != null) {
      this.server.close();
    }
  }

  @Test
  void serverCertificateTrustedThroughTrustCertificateConnects() throws Exception {
    this.server = TlsTemporalServer.tls(certificates, certificates.server(), ClientAuth.NONE);
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.target=" + this.server.target(),
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()))
        .run(this::assertConnectedEarly);
  }

  @Test
  void serverCertificateFromUnknownAuthorityFailsStartup() throws Exception {
    this.server = TlsTemporalServer.tls(certificates, certificates.server(), ClientAuth.NONE);
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.target=" + this.server.target(),
            "temporal.connection.tls.enabled=true")
        .run(
            (context) ->
                assertConnectionRefused(
                    context, "UNAVAILABLE", "unable to find valid certification path"));
  }

  @Test
  void mutualTlsWithClientCertificateConnects() throws Exception {
    this.server = TlsTemporalServer.tls(certificates, certificates.server(), ClientAuth.REQUIRE);
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.target=" + this.server.target(),
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()),
            "temporal.connection.tls.certificate=" + location(certificates.client().certificate()),
            "temporal.connection.tls.private-key=" + location(certificates.client().privateKey()))
        .run(this::assertConnectedEarly);
  }

  @Test
  void mutualTlsServerRejectsClientWithoutCertificateAtStartup() throws Exception {
    this.server = TlsTemporalServer.tls(certificates, certificates.server(), ClientAuth.REQUIRE);
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.target=" + this.server.target(),
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()))
        .run((context) -> assertConnectionRefused(context, "UNAVAILABLE", "certificate_required"));
  }

  @Test
  void sslBundleSuppliesMutualTlsMaterial() throws Exception {
    this.server = TlsTemporalServer.tls(certificates, certificates.server(), ClientAuth.REQUIRE);
    String bundle = "spring.ssl.bundle.pem.temporal-client.";
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.target=" + this.server.target(),
            "temporal.connection.tls.bundle=temporal-client",
            bundle + "keystore.certificate=" + location(certificates.client().certificate()),
            bundle + "keystore.private-key=" + location(certificates.client().privateKey()),
            bundle + "truststore.certificate=" + location(certificates.ca()))
        .run(
            (context) -> {
              assertConnected(context);
              assertThat(EarlyConnectionProbe.of(context)).as("no early connection").isNull();
            });
  }

  @Test
  void sslBundleWithTrustStoreOnlyConnectsWithoutClientCertificate() throws Exception {
    this.server = TlsTemporalServer.tls(certificates, certificates.server(), ClientAuth.NONE);
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.target=" + this.server.target(),
            "temporal.connection.tls.bundle=temporal-ca",
            "spring.ssl.bundle.pem.temporal-ca.truststore.certificate="
                + location(certificates.ca()))
        .run(this::assertConnected);
  }

  @Test
  void sslBundleProtocolsApplyToTheHandshake() throws Exception {
    this.server = TlsTemporalServer.tls13Only(certificates);
    String bundle = "spring.ssl.bundle.pem.temporal-ca.";
    ApplicationContextRunner runner =
        this.contextRunner.withPropertyValues(
            "temporal.connection.target=" + this.server.target(),
            "temporal.connection.tls.bundle=temporal-ca",
            bundle + "truststore.certificate=" + location(certificates.ca()));
    runner
        .withPropertyValues(bundle + "options.enabled-protocols=TLSv1.3")
        .run(this::assertConnected);
    runner
        .withPropertyValues(bundle + "options.enabled-protocols=TLSv1.2")
        .run((context) -> assertConnectionRefused(context, "UNAVAILABLE", "protocol_version"));
  }

  @Test
  void serverNameMismatchFailsStartupWithoutOverride() throws Exception {
    this.server =
        TlsTemporalServer.tls(certificates, certificates.otherNameServer(), ClientAuth.NONE);
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.target=" + this.server.target(),
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()))
        .run(
            (context) ->
                assertConnectionRefused(
                    context, "UNAVAILABLE", "No subject alternative names matching IP address"));
  }

  @Test
  void serverNameOverrideMatchesCertificateIssuedForAnotherName() throws Exception {
    this.server =
        TlsTemporalServer.tls(certificates, certificates.otherNameServer(), ClientAuth.NONE);
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.target=" + this.server.target(),
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()),
            "temporal.connection.tls.server-name=" + TestCertificates.OTHER_SERVER_NAME)
        .run(this::assertConnectedEarly);
  }

  @Test
  void apiKeyIsSentAsBearerTokenOverTls() throws Exception {
    this.server = TlsTemporalServer.tlsWithApiKey(certificates, "secret");
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.target=" + this.server.target(),
            "temporal.connection.api-key=secret",
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()))
        .run(
            (context) -> {
              assertConnectedEarly(context);
              assertThat(this.server.authorizations()).isNotEmpty().containsOnly("Bearer secret");
            });
  }

  @Test
  void wrongApiKeyFailsStartupAsUnauthenticated() throws Exception {
    this.server = TlsTemporalServer.tlsWithApiKey(certificates, "secret");
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.target=" + this.server.target(),
            "temporal.connection.api-key=guess",
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()))
        .run(
            (context) -> {
              assertConnectionRefused(context, "UNAUTHENTICATED", "API key not accepted");
              assertThat(this.server.authorizations()).contains("Bearer guess");
            });
  }

  @Test
  void apiKeyWithTlsDisabledIsSentInPlainText() throws Exception {
    this.server = TlsTemporalServer.plaintextWithApiKey("secret");
    this.contextRunner
        .withPropertyValues(
            "temporal.connection.target=" + this.server.target(),
            "temporal.connection.api-key=secret",
            "temporal.connection.tls.enabled=false")
        .run(
            (context) -> {
              assertConnectedEarly(context);
              assertThat(this.server.authorizations()).isNotEmpty().containsOnly("Bearer secret");
            });
  }

  @Test
  void workflowRunsEndToEndOverMutualTlsWithApiKey() throws Exception {
    this.server = TlsTemporalServer.tls(certificates, certificates.server(), ClientAuth.REQUIRE);
    this.contextRunner
        .withBean("echoActivities", TlsEcho.EchoActivitiesImpl.class)
        .withPropertyValues(
            "temporal.workers-enabled=true",
            "temporal.shutdown.grace-period=1s",
            "temporal.workers[0].task-queue=tls-echo",
            "temporal.workers[0].workflow-classes[0]=" + TlsEcho.EchoWorkflowImpl.class.getName(),
            "temporal.workers[0].activity-beans[0]=echoActivities",
            "temporal.connection.target=" + this.server.target(),
            "temporal.connection.api-key=secret",
            "temporal.connection.tls.trust-certificate=" + location(certificates.ca()),
            "temporal.connection.tls.certificate=" + location(certificates.client().certificate()),
            "temporal.connection.tls.private-key=" + location(certificates.client().privateKey()))
        .run(
            (context) -> {
              assertThat(context).hasNotFailed();
              TlsEcho.EchoWorkflow workflow =
                  context
                      .getBean(WorkflowClient.class)
                      .newWorkflowStub(
                          TlsEcho.EchoWorkflow.class,
                          WorkflowOptions.newBuilder()
                              .setTaskQueue("tls-echo")
                              .setWorkflowId("tls-echo-1")
                              .build());
              assertThat(workflow.echo("hello")).isEqualTo("HELLO over TLS");
              assertThat(this.server.authorizations()).containsOnly("Bearer secret");
            });
  }

  @Test
  void connectionDetailsOfTheApplicationBringMutualTlsAnApiKeyAndTheIdentity() throws Exception {
    this.server = TlsTemporalServer.tls(certificates, certificates.server(), ClientAuth.REQUIRE);
    SslBundle bundle =
        SslBundle.of(
            new PemSslStoreBundle(
                PemSslStoreDetails.forCertificate(location(certificates.client().certificate()))
                    .withPrivateKey(location(certificates.client().privateKey())),
                PemSslStoreDetails.forCertificate(location(certificates.ca()))));
    TemporalConnectionDetails details =
        new TemporalConnectionDetails() {
          @Override
          public String getTarget() {
            return RemoteTlsConnectionTests.this.server.target();
          }

          @Override
          public String getNamespace() {
            return "default";
          }

          @Override
          public String getApiKey() {
            return "from-the-vault";
          }

          @Override
          public Tls getTls() {
            return new Tls(bundle, null);
          }

          @Override
          public String getIdentity() {
            return "billing@pod-1";
          }
        };
    // No temporal.connection.* at all: the details alone say where and how to connect.
    this.contextRunner
        .withBean(TemporalConnectionDetails.class, () -> details)
        .run(
            (context) -> {
              assertConnected(context);
              assertThat(this.server.authorizations()).containsOnly("Bearer from-the-vault");
              assertThat(context.getBean(WorkflowClient.class).getOptions().getIdentity())
                  .isEqualTo("billing@pod-1");
            });
  }

  /** Connected through the stubs opened while the context was refreshed (no SSL bundle). */
  private void assertConnectedEarly(AssertableApplicationContext context) {
    assertConnected(context);
    EarlyConnection early = EarlyConnectionProbe.of(context);
    assertThat(early).as("opened early").isNotNull();
    assertThat(early.isTakenOver()).as("taken over by the stubs bean").isTrue();
  }

  private void assertConnected(AssertableApplicationContext context) {
    assertThat(context).hasNotFailed().hasSingleBean(WorkflowServiceStubs.class);
    // A call after startup, on the same channel, that the server answers only when it got in.
    assertThat(
            context
                .getBean(WorkflowServiceStubs.class)
                .blockingStub()
                .describeNamespace(
                    DescribeNamespaceRequest.newBuilder().setNamespace("default").build())
                .getNamespaceInfo()
                .getName())
        .isEqualTo("default");
  }

  private void assertConnectionRefused(
      AssertableApplicationContext context, String status, String reason) {
    TemporalConnectionException ex =
        StartupFailures.find(context, TemporalConnectionException.class);
    assertThat(ex.getTarget()).isEqualTo(this.server.target());
    assertThat(ex.getMessage())
        .contains("'" + this.server.target() + "'")
        .contains(status)
        .containsIgnoringCase(reason)
        .doesNotContain("Channel Pipeline");
    assertThat(ex.getAction()).contains("temporal.connection.target");
  }
}
