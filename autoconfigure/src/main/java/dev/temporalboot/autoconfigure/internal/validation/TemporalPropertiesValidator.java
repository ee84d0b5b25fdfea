package dev.temporalboot.autoconfigure.internal.validation;

import dev.temporalboot.autoconfigure.TemporalProperties;
import dev.temporalboot.autoconfigure.internal.validation.PropertySchema.Group;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Checks everything written under {@code temporal.*} once, when {@link TemporalProperties} is
 * bound, before any bean that connects or polls can use it: unknown keys, values that do not
 * convert, then every bound value against its rules and {@code temporal.namespaces} as a whole.
 * Each mistake fails start-up naming its key.
 */
public class TemporalPropertiesValidator
    implements BeanPostProcessor, EnvironmentAware, BeanClassLoaderAware, PriorityOrdered {

  private static final Group SCHEMA = (Group) PropertySchema.of(TemporalProperties.class);

  private @Nullable Environment environment;

  private ClassLoader classLoader = TemporalPropertiesValidator.class.getClassLoader();

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  private Environment environment() {
    return Objects.requireNonNull(
        this.environment, "EnvironmentAware sets the environment before any bean is processed");
  }

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /** Runs before Spring Boot binds the bean, so that our report, not the binder's, comes first. */
  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof TemporalProperties) {
      new UnknownKeys(SCHEMA).check(ConfigurationPropertySources.get(environment()));
      try {
        Binder.get(environment()).bind("temporal", Bindable.of(TemporalProperties.class));
      } catch (BindException ex) {
        throw BindFailures.explain(ex);
      }
    }
    return bean;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof TemporalProperties properties) {
      CaseVariants.merge(properties, SCHEMA);
      ScheduleArgumentLists.bind(
          properties.getSchedules(),
          ConfigurationPropertySources.get(environment()),
          new PropertySourcesPlaceholdersResolver(environment()));
      if (environment() instanceof ConfigurableEnvironment configurable) {
        NamespaceRules.checkAliases(configurable.getPropertySources(), properties.getNamespaces());
      }
      PropertyWalk.walk(
          "temporal",
          properties,
          SCHEMA,
          new ValueRules(this.classLoader, ConfigurationPropertySources.get(environment())));
      NamespaceRules.checkQueues(properties);
    }
    return bean;
  }

  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE; // before ConfigurationPropertiesBindingPostProcessor
  }
}
