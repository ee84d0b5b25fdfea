package dev.temporalboot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.connection.TestCertificates;
import dev.temporalboot.internal.connection.EarlyConnection;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.mock.env.MockEnvironment;

/**
 * The primary connection is opened while the context is created, and the stubs bean takes it over
 * only where it is built from the properties alone.
 */
class TemporalEarlyConnectionTests {

  private final ApplicationContextRunner contextRunner = TemporalContextRunners.bindingOnly();

  @Test
  void theStubsBeanTakesOverTheConnectionOpenedFromTheProperties() {
    this.contextRunner
        .withPropertyValues("temporal.connection.rpc-timeout=7s")
        .run(
            (context) -> {
              assertThat(early(context)).isNotNull();
              assertThat(early(context).isTakenOver()).isTrue();
              WorkflowServiceStubs stubs = context.getBean(WorkflowServiceStubs.class);
              assertThat(stubs.getOptions().getRpcTimeout()).isEqualTo(Duration.ofSeconds(7));
              assertThat(stubs.getOptions().getTarget())
                  .isEqualTo(TemporalContextRunners.UNREACHABLE_TARGET);
            });
  }

  @Test
  void aStubsCustomizerKeepsTheConnectionToTheBean() {
    this.contextRunner
        .withUserConfiguration(StubsCustomizer.class)
        .run(
            (context) -> {
              assertThat(early(context)).isNull();
              assertThat(context.getBean(WorkflowServiceStubs.class).getOptions().getRpcTimeout())
                  .isEqualTo(Duration.ofSeconds(3));
            });
  }

  @Test
  void connectionDetailsOfTheApplicationKeepTheConnectionToTheBean() {
    this.contextRunner
        .withBean(
            TemporalConnectionDetails.class,
            () ->
                new TemporalConnectionDetails() {
                  @Override
                  public String getTarget() {
                    return TemporalContextRunners.UNREACHABLE_TARGET;
                  }

                  @Override
                  public String getNamespace() {
                    return "default";
                  }
                })
        .run((context) -> assertThat(early(context)).isNull());
  }

  @Test
  void theStubsBeanTakesOverAConnectionWithAnApiKey() {
    this.contextRunner
        .withPropertyValues("temporal.connection.api-key=secret")
        .run(
            (context) -> {
              assertThat(early(context)).isNotNull();
              assertThat(early(context).isTakenOver()).isTrue();
              assertThat(context.getBean(WorkflowServiceStubs.class).getOptions().getEnableHttps())
                  .isTrue();
            });
  }

  @Test
  void anSslBundleKeepsTheConnectionToTheBean(@TempDir Path directory) throws Exception {
    TestCertificates certificates = TestCertificates.generate(directory);
    this.contextRunner
        .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
        .withPropertyValues(
            "temporal.connection.tls.bundle=temporal-ca",
            "spring.ssl.bundle.pem.temporal-ca.truststore.certificate="
                + TestCertificates.location(certificates.ca()))
        .run(
            (context) -> {
              assertThat(early(context)).isNull();
              assertThat(context.getBean(WorkflowServiceStubs.class).getOptions().getSslContext())
                  .isNotNull();
            });
  }

  @Test
  void badTlsPropertiesOpenNothingEarlyAndFailStartUpNamingTheKey() {
    this.contextRunner
        .withPropertyValues("temporal.connection.tls.trust-certificate=file:/no/such/ca.pem")
        .run(
            (context) ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining(
                        "Invalid property 'temporal.connection.tls.trust-certificate'"));
  }

  @Test
  void nothingIsOpenedWhileSpringAotProcessesTheApplicationAtBuildTime() {
    System.setProperty(AbstractAotProcessor.AOT_PROCESSING, "true");
    try {
      this.contextRunner.run((context) -> assertThat(early(context)).isNull());
    } finally {
      System.clearProperty(AbstractAotProcessor.AOT_PROCESSING);
    }
  }

  @Test
  void definitionsGeneratedBySpringAotForTheAutoConfigurationCountAsItsOwn() {
    TemporalEarlyConnection early = postProcess(TemporalAutoConfiguration.class);
    try {
      assertThat(early.connection()).isNotNull();
    } finally {
      early.destroy();
    }
  }

  @Test
  void generatedDefinitionsOfAnotherConfigurationKeepTheConnectionToTheBean() {
    assertThat(postProcess(StubsCustomizer.class).connection()).isNull();
  }

  /** A bean factory as Spring AOT's generated code fills it: factory bean names, no metadata. */
  private static TemporalEarlyConnection postProcess(Class<?> factoryClass) {
    DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
    beanFactory.registerBeanDefinition("factory", new RootBeanDefinition(factoryClass));
    beanFactory.registerBeanDefinition(
        TemporalEarlyConnection.STUBS_BEAN, generated(WorkflowServiceStubs.class));
    beanFactory.registerBeanDefinition(
        TemporalEarlyConnection.DETAILS_BEAN, generated(TemporalConnectionDetails.class));
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("temporal.connection.target", TemporalContextRunners.UNREACHABLE_TARGET);
    TemporalEarlyConnection early = new TemporalEarlyConnection(environment, null);
    early.postProcessBeanFactory(beanFactory);
    return early;
  }

  private static RootBeanDefinition generated(Class<?> type) {
    RootBeanDefinition definition = new RootBeanDefinition(type);
    definition.setFactoryBeanName("factory");
    return definition;
  }

  private static EarlyConnection early(AssertableApplicationContext context) {
    return context.getBean(TemporalEarlyConnection.class).connection();
  }

  @Configuration(proxyBeanMethods = false)
  static class StubsCustomizer {

    @Bean
    TemporalCustomizer<WorkflowServiceStubsOptions.Builder> rpcTimeout() {
      return (builder) -> builder.setRpcTimeout(Duration.ofSeconds(3));
    }
  }
}
