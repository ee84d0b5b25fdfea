package dev.temporalboot.autoconfigure.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.e2e.codec.XorPayloadCodec;
import dev.temporalboot.internal.codec.PayloadCodecService;
import dev.temporalboot.testsupport.StartupFailures;
import io.temporal.payload.codec.PayloadCodec;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.web.SecurityFilterChain;

class TemporalCodecServerAutoConfigurationTests {

  private final WebApplicationContextRunner runner =
      new WebApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(TemporalCodecServerAutoConfiguration.class))
          .withBean(PayloadCodec.class, XorPayloadCodec::new);

  @Test
  void isOffByDefault() {
    this.runner.run((context) -> assertThat(context).doesNotHaveBean(PayloadCodecService.class));
  }

  @Test
  void servesUnderSpringSecurityWithoutFurtherSettings() {
    this.runner
        .withPropertyValues("temporal.codec-server.enabled=true")
        .run((context) -> assertThat(context).hasSingleBean(PayloadCodecService.class));
  }

  @Test
  void refusesToStartWithoutSpringSecurityUnlessUnauthenticatedAccessIsAllowed() {
    this.runner
        .withClassLoader(new FilteredClassLoader(SecurityFilterChain.class))
        .withPropertyValues("temporal.codec-server.enabled=true")
        .run(
            (context) -> {
              InvalidTemporalPropertyException ex =
                  assertStartupFailure(context, "temporal.codec-server.allow-unauthenticated");
              assertThat(ex.getAction()).contains("Spring Security");
            });
  }

  @Test
  void startsWithoutSpringSecurityWhenUnauthenticatedAccessIsAllowed() {
    this.runner
        .withClassLoader(new FilteredClassLoader(SecurityFilterChain.class))
        .withPropertyValues(
            "temporal.codec-server.enabled=true",
            "temporal.codec-server.allow-unauthenticated=true")
        .run((context) -> assertThat(context).hasSingleBean(PayloadCodecService.class));
  }

  @Test
  void refusesToStartWithNoPayloadCodecToServe() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TemporalCodecServerAutoConfiguration.class))
        .withPropertyValues("temporal.codec-server.enabled=true")
        .run((context) -> assertStartupFailure(context, "temporal.codec-server.enabled"));
  }

  @Test
  void refusesARelativePath() {
    this.runner
        .withPropertyValues(
            "temporal.codec-server.enabled=true", "temporal.codec-server.path=codec")
        .run((context) -> assertStartupFailure(context, "temporal.codec-server.path"));
  }

  @Test
  void isAbsentOutsideAWebApplication() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(TemporalCodecServerAutoConfiguration.class))
        .withBean(PayloadCodec.class, XorPayloadCodec::new)
        .withPropertyValues("temporal.codec-server.enabled=true")
        .run((context) -> assertThat(context).doesNotHaveBean(PayloadCodecService.class));
  }

  /** Startup failed with our exception, and Spring Boot's report names the property. */
  private static InvalidTemporalPropertyException assertStartupFailure(
      AssertableWebApplicationContext context, String property) {
    assertThat(context).hasFailed();
    InvalidTemporalPropertyException ex =
        StartupFailures.cause(context.getStartupFailure(), InvalidTemporalPropertyException.class);
    assertThat(ex.getProperty()).isEqualTo(property);
    assertThat(
            StartupFailures.assertAnalysisNames(context.getStartupFailure(), property).getCause())
        .isSameAs(ex);
    return ex;
  }
}
