package dev.temporalboot.test;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.TestPropertySourceUtils;

/** Puts a {@link TemporalTest}'s application on the embedded server. */
class TemporalTestContextCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public @Nullable ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    TemporalTest annotation =
        TestContextAnnotationUtils.findMergedAnnotation(testClass, TemporalTest.class);
    return (annotation != null) ? new EmbeddedServerCustomizer(annotation.timeSkipping()) : null;
  }

  /**
   * Adds the embedded server's settings above the application's own configuration and below the
   * test's inlined properties. A record, so that equal settings share a cached context.
   */
  private record EmbeddedServerCustomizer(boolean timeSkipping) implements ContextCustomizer {

    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
      MapPropertySource settings =
          new MapPropertySource(
              "temporalTest",
              Map.of(
                  "temporal.connection.target", "",
                  "temporal.embedded.enabled", "true",
                  "temporal.embedded.port", "0",
                  "temporal.embedded.time-skipping", String.valueOf(this.timeSkipping)));
      MutablePropertySources sources = context.getEnvironment().getPropertySources();
      String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
      if (sources.contains(inlined)) {
        sources.addAfter(inlined, settings);
      } else {
        sources.addFirst(settings);
      }
    }
  }
}
