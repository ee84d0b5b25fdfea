package dev.temporalboot.internal.worker;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Starts the {@code @WorkflowImpl} scan as soon as every bean is defined, so that it runs while all
 * of them are created rather than from the worker assembly's creation on: with a thousand workflow
 * classes the assembly otherwise waited for it. An assembly that scans the same packages takes this
 * scan over; any other starts its own.
 */
public class EarlyWorkflowScan
    implements BeanFactoryPostProcessor, EnvironmentAware, ResourceLoaderAware, Ordered {

  private final Function<ConfigurableListableBeanFactory, List<String>> packages;

  private @Nullable Environment environment;

  private @Nullable ResourceLoader resourceLoader;

  private @Nullable Started started;

  /**
   * Creates the scan starter.
   *
   * @param packages the packages the worker assembly will scan, read from the bean factory
   */
  public EarlyWorkflowScan(Function<ConfigurableListableBeanFactory, List<String>> packages) {
    this.packages = packages;
  }

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void setResourceLoader(ResourceLoader resourceLoader) {
    this.resourceLoader = resourceLoader;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    Environment environment = this.environment;
    ResourceLoader resourceLoader = this.resourceLoader;
    // At build time Spring AOT refreshes the context only to record it; its processor scans.
    if (environment == null
        || resourceLoader == null
        || Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
      return;
    }
    List<String> scanned = List.copyOf(this.packages.apply(beanFactory));
    this.started =
        new Started(
            scanned,
            environment,
            resourceLoader,
            BackgroundScan.start(
                () -> WorkflowClassScanner.scan(scanned, environment, resourceLoader)));
  }

  /**
   * Returns the scan started early if it covers exactly these packages with this environment and
   * resource loader, or null.
   */
  synchronized @Nullable BackgroundScan take(
      List<String> packages, Environment environment, ResourceLoader resourceLoader) {
    Started early = this.started;
    if (early != null
        && early.packages().equals(packages)
        && early.environment() == environment
        && early.resourceLoader() == resourceLoader) {
      return early.scan();
    }
    return null;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  private record Started(
      List<String> packages,
      Environment environment,
      ResourceLoader resourceLoader,
      BackgroundScan scan) {}
}
