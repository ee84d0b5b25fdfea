package dev.temporalboot.test.autoconfigure;

import dev.temporalboot.autoconfigure.TemporalAutoConfiguration;
import dev.temporalboot.internal.worker.WorkerAssembly;
import dev.temporalboot.test.WorkflowReplays;
import io.temporal.common.converter.DataConverter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Test support beans, in applications that run Temporal workers. */
@AutoConfiguration(after = TemporalAutoConfiguration.class)
@ConditionalOnClass(name = "io.temporal.testing.TestWorkflowEnvironment")
@ConditionalOnBean(WorkerAssembly.class)
public class TemporalTestAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  WorkflowReplays workflowReplays(DataConverter dataConverter, ResourcePatternResolver resources) {
    return new WorkflowReplays(dataConverter, resources);
  }
}
