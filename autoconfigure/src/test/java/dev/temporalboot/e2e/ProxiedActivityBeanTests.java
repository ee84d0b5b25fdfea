package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.e2e.proxy.AuditAspect;
import dev.temporalboot.e2e.proxy.ChargeWorkflow;
import dev.temporalboot.e2e.proxy.PaymentActivities;
import dev.temporalboot.e2e.proxy.ProxyApplication;
import dev.temporalboot.e2e.proxy.ProxyApplication.CountingTransactionManager;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.lang.reflect.Proxy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Calls reach activity beans through their proxies, for class-based and interface proxies. */
class ProxiedActivityBeanTests {

  @ParameterizedTest(name = "proxy-target-class={0}")
  @ValueSource(booleans = {true, false})
  void activityRunsThroughTransactionAndAspectProxies(boolean proxyTargetClass) {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ProxyApplication.class)
            .properties(
                "temporal.embedded.port=0", "spring.aop.proxy-target-class=" + proxyTargetClass)
            .run()) {
      Object bean = context.getBean(PaymentActivities.class);
      assertThat(AopUtils.isAopProxy(bean)).isTrue();
      assertThat(Proxy.isProxyClass(bean.getClass())).isEqualTo(!proxyTargetClass);

      ChargeWorkflow workflow =
          context
              .getBean(WorkflowClient.class)
              .newWorkflowStub(
                  ChargeWorkflow.class,
                  WorkflowOptions.newBuilder().setTaskQueue("payments").build());

      assertThat(workflow.charge("order-1")).as("transaction active in activity").isTrue();
      assertThat(context.getBean(AuditAspect.class).calls).hasValue(1);
      assertThat(context.getBean(CountingTransactionManager.class).commits).hasValue(1);
    }
  }
}
