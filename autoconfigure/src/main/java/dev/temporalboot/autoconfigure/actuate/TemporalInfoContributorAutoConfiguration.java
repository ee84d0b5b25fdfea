package dev.temporalboot.autoconfigure.actuate;

import dev.temporalboot.autoconfigure.TemporalAutoConfiguration;
import dev.temporalboot.autoconfigure.TemporalProperties;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.actuate.TemporalInfoContributor;
import dev.temporalboot.internal.worker.WorkerAssembly;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Info contributor {@code temporal}, on by default like Boot's build and git contributors. */
@AutoConfiguration(after = TemporalAutoConfiguration.class)
@ConditionalOnClass({InfoContributor.class, WorkflowServiceStubs.class})
@ConditionalOnBean(TemporalConnectionDetails.class)
@ConditionalOnEnabledInfoContributor("temporal")
public class TemporalInfoContributorAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "temporalInfoContributor")
  TemporalInfoContributor temporalInfoContributor(
      TemporalConnectionDetails details,
      ObjectProvider<WorkerAssembly> workers,
      ObjectProvider<TemporalProperties> properties,
      BeanFactory beanFactory) {
    return new TemporalInfoContributor(
        details.getNamespace(),
        () -> {
          WorkerAssembly assembly = workers.getIfAvailable();
          return (assembly != null) ? assembly.plan().taskQueues() : List.of();
        },
        AliasNamespaces.of(beanFactory, properties));
  }
}
