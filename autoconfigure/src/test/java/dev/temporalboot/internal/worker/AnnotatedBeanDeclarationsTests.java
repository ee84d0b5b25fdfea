package dev.temporalboot.internal.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.ActivityImpl;
import dev.temporalboot.NexusServiceImpl;
import dev.temporalboot.internal.scan.ScanIndex;
import dev.temporalboot.internal.scan.ScanIndex.AnnotatedBean;
import dev.temporalboot.internal.worker.AnnotatedBeanDeclarations.Declared;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

class AnnotatedBeanDeclarationsTests {

  @Test
  void beansAreReadFromTheirAnnotationsDirectOrComposed() {
    AnnotatedBeanDeclarations declarations = new AnnotatedBeanDeclarations();
    try (GenericApplicationContext context = context(declarations)) {
      context.registerBean("payments", Payments.class);
      context.registerBean("refunds", Refunds.class);
      context.registerBean("inventory", Inventory.class);
      context.registerBean("plain", Object.class);
      context.refresh();

      Map<String, Declared> activities = declarations.activityBeans(context.getBeanFactory());
      assertThat(activities).containsOnlyKeys("payments", "refunds");
      assertThat(activities.get("payments").taskQueues()).containsExactly("orders");
      assertThat(activities.get("refunds").taskQueues()).containsExactly("refunds");
      assertThat(activities.get("refunds").namespace()).isEqualTo("billing");
      Map<String, Declared> nexus = declarations.nexusServiceBeans(context.getBeanFactory());
      assertThat(nexus).containsOnlyKeys("inventory");
      assertThat(nexus.get("inventory").taskQueues()).containsExactly("stock");
    }
  }

  @Test
  void anAotProcessedApplicationTakesTheBeansFoundAtBuildTimeWithoutReadingTheirClasses() {
    AnnotatedBeanDeclarations declarations = new AnnotatedBeanDeclarations();
    try (GenericApplicationContext context = context(declarations)) {
      // The index names a bean whose class carries no annotation: only the index can declare it.
      ScanIndex.addBeans(
          context.getEnvironment(),
          ActivityImpl.class.getName(),
          List.of(new AnnotatedBean("ledger", List.of("${queue:ledger}"), "billing")));
      ScanIndex.addBeans(context.getEnvironment(), NexusServiceImpl.class.getName(), List.of());
      context.registerBean("ledger", Object.class);
      context.registerBean("payments", Payments.class);
      context.refresh();

      Map<String, Declared> activities = declarations.activityBeans(context.getBeanFactory());
      assertThat(activities.get("ledger").taskQueues()).containsExactly("${queue:ledger}");
      assertThat(activities.get("ledger").namespace()).isEqualTo("billing");
      // Beans as they are now are still read live, as in any application.
      assertThat(activities).containsOnlyKeys("ledger", "payments");
    }
  }

  @Test
  void indexEntriesAddedInSeveralCallsAreAllKept() {
    try (GenericApplicationContext context = new GenericApplicationContext()) {
      ScanIndex.addBeans(
          context.getEnvironment(),
          ActivityImpl.class.getName(),
          List.of(new AnnotatedBean("a", List.of("q"), "")));
      ScanIndex.addBeans(
          context.getEnvironment(),
          ActivityImpl.class.getName(),
          List.of(new AnnotatedBean("b", List.of("q"), "")));

      assertThat(ScanIndex.beans(context.getEnvironment(), ActivityImpl.class))
          .extracting(AnnotatedBean::beanName)
          .containsExactly("a", "b");
      assertThat(ScanIndex.beans(context.getEnvironment(), NexusServiceImpl.class)).isNull();
    }
  }

  private static GenericApplicationContext context(AnnotatedBeanDeclarations declarations) {
    GenericApplicationContext context = new GenericApplicationContext();
    context.addBeanFactoryPostProcessor(declarations);
    return context;
  }

  @ActivityImpl(taskQueues = "orders")
  static class Payments {}

  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @ActivityImpl(taskQueues = "refunds", namespace = "billing")
  @interface BillingActivity {}

  @BillingActivity
  static class Refunds {}

  @NexusServiceImpl(taskQueues = "stock")
  static class Inventory {}
}
