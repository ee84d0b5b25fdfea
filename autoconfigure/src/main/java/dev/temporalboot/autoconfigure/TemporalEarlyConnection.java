package dev.temporalboot.autoconfigure;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.connection.EarlyConnection;
import dev.temporalboot.internal.connection.ServiceStubsFactory;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubsPlugin;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.MethodMetadata;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Opens the primary connection in the background as soon as every bean is defined (see {@link
 * EarlyConnection}), when the starter's own stubs bean will create it from {@code
 * temporal.connection} with no plugins and no customizers: plain text, TLS from PEM files or the
 * JVM's trust store, an API key; not from an SSL bundle. The stubs bean takes it over only if it
 * builds the very same options, so this changes when the connection is made, not which.
 */
class TemporalEarlyConnection implements BeanFactoryPostProcessor, DisposableBean {

  static final String STUBS_BEAN = "temporalWorkflowServiceStubs";

  static final String DETAILS_BEAN = "temporalConnectionDetails";

  private final Environment environment;

  private final ResourceLoader resourceLoader;

  private @Nullable EarlyConnection connection;

  TemporalEarlyConnection(Environment environment, @Nullable ResourceLoader resourceLoader) {
    this.environment = environment;
    this.resourceLoader = (resourceLoader != null) ? resourceLoader : new DefaultResourceLoader();
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    // Spring AOT refreshes the context at build time too: no connection to open there.
    if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING) || !applies(beanFactory)) {
      return;
    }
    try {
      TemporalProperties.Connection connection =
          Binder.get(this.environment)
              .bindOrCreate("temporal.connection", TemporalProperties.Connection.class);
      if (StringUtils.hasText(connection.getTls().getBundle())) {
        return; // the SSL bundles are a bean, not to be created before the post-processors ran
      }
      ResourceLoader resources = this.resourceLoader;
      this.connection =
          EarlyConnection.open(
              () ->
                  new ServiceStubsFactory(
                      new PropertiesTemporalConnectionDetails(connection, resources, null),
                      connection.getRpcTimeout(),
                      false));
    } catch (RuntimeException ex) {
      // The properties and connection details beans report it, as without the early connection.
    }
  }

  /** The early connection for the stubs bean to take; null when none was opened. */
  @Nullable EarlyConnection connection() {
    return this.connection;
  }

  private static boolean applies(ConfigurableListableBeanFactory beanFactory) {
    return isOwn(beanFactory, WorkflowServiceStubs.class, STUBS_BEAN)
        && isOwn(beanFactory, TemporalConnectionDetails.class, DETAILS_BEAN)
        && none(beanFactory, ResolvableType.forClass(WorkflowServiceStubsPlugin.class))
        && none(
            beanFactory,
            ResolvableType.forClassWithGenerics(
                TemporalCustomizer.class, WorkflowServiceStubsOptions.Builder.class));
  }

  /** Whether the only bean of a type is the one this starter's auto-configuration defines. */
  private static boolean isOwn(
      ConfigurableListableBeanFactory beanFactory, Class<?> type, String name) {
    List<String> names = Arrays.asList(beanFactory.getBeanNamesForType(type, true, false));
    if (!names.equals(List.of(name))) {
      return false;
    }
    BeanDefinition definition = beanFactory.getBeanDefinition(name);
    MethodMetadata method =
        (definition instanceof AnnotatedBeanDefinition annotated)
            ? annotated.getFactoryMethodMetadata()
            : null;
    if (method != null) {
      return TemporalAutoConfiguration.class.getName().equals(method.getDeclaringClassName());
    }
    // In Spring AOT mode the generated definition names the configuration bean as its factory.
    String factory = definition.getFactoryBeanName();
    Class<?> factoryType = (factory != null) ? beanFactory.getType(factory, false) : null;
    return factoryType != null
        && ClassUtils.getUserClass(factoryType) == TemporalAutoConfiguration.class;
  }

  private static boolean none(ConfigurableListableBeanFactory beanFactory, ResolvableType type) {
    return beanFactory.getBeanNamesForType(type, true, false).length == 0;
  }

  @Override
  public void destroy() {
    EarlyConnection opened = this.connection;
    if (opened != null) {
      opened.discard();
    }
  }
}
