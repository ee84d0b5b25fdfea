package dev.temporalboot.autoconfigure.actuate;

import dev.temporalboot.autoconfigure.TemporalProperties;
import dev.temporalboot.internal.actuate.AliasNamespace;
import dev.temporalboot.internal.worker.TemporalNamespace;
import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerAssembly;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.worker.WorkerFactory;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;

/**
 * The beans of each {@code temporal.namespaces} entry, found by their alias qualifier, so that a
 * bean the application replaced is the one reported on.
 */
final class AliasNamespaces {

  private AliasNamespaces() {}

  static List<AliasNamespace> of(
      BeanFactory beanFactory, ObjectProvider<TemporalProperties> properties) {
    TemporalProperties bound = properties.getIfAvailable();
    if (bound == null) {
      return List.of();
    }
    List<AliasNamespace> aliases = new ArrayList<>();
    for (String alias : bound.getNamespaces().keySet()) {
      // The client knows the namespace even when the application replaced it.
      WorkflowClient client = required(beanFactory, WorkflowClient.class, alias);
      aliases.add(
          new AliasNamespace(
              new TemporalNamespace(alias, client.getOptions().getNamespace()),
              required(beanFactory, WorkflowServiceStubs.class, alias),
              optional(beanFactory, WorkerAssembly.class, alias),
              optional(beanFactory, TemporalWorkers.class, alias),
              optional(beanFactory, WorkerFactory.class, alias)));
    }
    return aliases;
  }

  private static <T> T required(BeanFactory beanFactory, Class<T> type, String alias) {
    return BeanFactoryAnnotationUtils.qualifiedBeanOfType(beanFactory, type, alias);
  }

  /** A bean of the alias that exists only with workers. */
  private static <T> @Nullable T optional(BeanFactory beanFactory, Class<T> type, String alias) {
    try {
      return required(beanFactory, type, alias);
    } catch (NoSuchBeanDefinitionException ex) {
      return null;
    }
  }
}
