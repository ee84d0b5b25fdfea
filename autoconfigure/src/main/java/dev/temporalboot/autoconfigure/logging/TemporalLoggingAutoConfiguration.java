package dev.temporalboot.autoconfigure.logging;

import dev.temporalboot.autoconfigure.TemporalAutoConfiguration;
import dev.temporalboot.autoconfigure.internal.ConditionalOnTemporalSwitch;
import dev.temporalboot.internal.logging.MdcWorkerInterceptor;
import io.temporal.common.interceptors.WorkerInterceptor;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Contributes {@link MdcWorkerInterceptor}, which the worker factory applies like any other {@link
 * WorkerInterceptor} bean.
 */
@AutoConfiguration(before = TemporalAutoConfiguration.class)
@ConditionalOnClass({WorkerInterceptor.class, MDC.class})
@ConditionalOnTemporalSwitch(value = "temporal.logging.mdc.enabled", matchIfMissing = true)
public class TemporalLoggingAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  MdcWorkerInterceptor temporalMdcWorkerInterceptor() {
    return new MdcWorkerInterceptor();
  }
}
