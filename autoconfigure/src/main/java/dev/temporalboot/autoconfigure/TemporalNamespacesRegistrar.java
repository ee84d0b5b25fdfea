package dev.temporalboot.autoconfigure;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.autoconfigure.internal.validation.CaseVariants;
import dev.temporalboot.autoconfigure.internal.validation.StrictProperties;
import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerAssembly;
import io.temporal.client.WorkflowClient;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.worker.WorkerFactory;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Registers the beans of each {@code temporal.namespaces} entry, qualified with its alias: stubs,
 * workflow and schedule clients, {@link TemporalWorkflows}, and unless workers are off, the worker
 * factory, assembly and workers. They are no default candidates ({@code @Bean(defaultCandidate =
 * false)}), so injection without a qualifier still gets the primary namespace's beans. A bean the
 * application declares with the alias as qualifier replaces ours.
 */
class TemporalNamespacesRegistrar
    implements BeanDefinitionRegistryPostProcessor, EnvironmentAware, ResourceLoaderAware {

  static final String CHANNELS_BEAN = "temporalNamespaceChannels";

  private @Nullable Environment environment;

  private @Nullable ResourceLoader resourceLoader;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void setResourceLoader(ResourceLoader resourceLoader) {
    this.resourceLoader = resourceLoader;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    // Registered in postProcessBeanFactory, once every definition of the application exists.
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory)
      throws BeansException {
    Environment environment = this.environment;
    ResourceLoader resourceLoader = this.resourceLoader;
    if (environment == null
        || resourceLoader == null
        || !(beanFactory instanceof BeanDefinitionRegistry registry)) {
      return;
    }
    Set<String> aliases = aliases(environment);
    if (aliases.isEmpty()) {
      return;
    }
    RootBeanDefinition channels =
        new RootBeanDefinition(NamespaceChannels.class, NamespaceChannels::new);
    channels.setDestroyMethodName("close");
    runtimeOnly(channels);
    registry.registerBeanDefinition(CHANNELS_BEAN, channels);
    Boolean workers = StrictProperties.bind(environment, "temporal.workers-enabled", Boolean.class);
    for (String alias : aliases) {
      Registration registration =
          new Registration(
              registry, new NamespaceBeans(beanFactory, alias, environment, resourceLoader));
      registration.add(
          WorkflowServiceStubs.class, "temporalWorkflowServiceStubs", NamespaceBeans::stubs);
      registration.add(
          WorkflowClient.class, "temporalWorkflowClient", NamespaceBeans::workflowClient);
      registration.add(
          ScheduleClient.class, "temporalScheduleClient", NamespaceBeans::scheduleClient);
      registration.add(
          TemporalWorkflows.class, "temporalWorkflows", NamespaceBeans::temporalWorkflows);
      if (workers == null || workers) {
        registration.add(
            WorkerFactory.class, "temporalWorkerFactory", NamespaceBeans::workerFactory);
        registration.add(
            WorkerAssembly.class, "temporalWorkerAssembly", NamespaceBeans::workerAssembly);
        registration.add(TemporalWorkers.class, "temporalWorkers", NamespaceBeans::temporalWorkers);
      }
    }
  }

  /**
   * Keeps a definition out of Spring AOT's generated code, which cannot write an instance supplier:
   * in AOT mode this registrar runs again at start-up and registers it then, from the properties of
   * that run.
   */
  private static void runtimeOnly(RootBeanDefinition definition) {
    definition.setAttribute(BeanRegistrationAotProcessor.IGNORE_REGISTRATION_ATTRIBUTE, true);
  }

  /** Registers the beans of one alias. */
  private record Registration(BeanDefinitionRegistry registry, NamespaceBeans beans) {

    /**
     * Registers a bean named {@code name.alias}, unless the application has a bean of the type
     * qualified with the alias.
     */
    <T> void add(Class<T> type, String name, Function<NamespaceBeans, ? extends T> create) {
      if (this.beans.hasApplicationBean(type)) {
        return;
      }
      NamespaceBeans beans = this.beans;
      String alias = beans.alias();
      RootBeanDefinition definition = new RootBeanDefinition(type, () -> create.apply(beans));
      definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, alias));
      definition.setDefaultCandidate(false);
      definition.setDependsOn(CHANNELS_BEAN);
      runtimeOnly(definition);
      this.registry.registerBeanDefinition(name + "." + alias, definition);
    }
  }

  /**
   * The aliases as written, without an environment variable's lower-case copy; a mistake in them is
   * reported when the properties bind.
   */
  static Set<String> aliases(Environment environment) {
    try {
      return Binder.get(environment)
          .bind("temporal.namespaces", Bindable.mapOf(String.class, NamespaceProperties.class))
          .map((namespaces) -> CaseVariants.withoutCopies(namespaces.keySet()))
          .orElse(Set.of());
    } catch (BindException ex) {
      return Set.of();
    }
  }
}
