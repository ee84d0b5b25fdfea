package dev.temporalboot.internal.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.temporalboot.diagnostics.InvalidTemporalComponentException;
import io.temporal.activity.ActivityInterface;
import io.temporal.worker.WorkerOptions;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** The planner keeps one component per type on a task queue, and names both when two clash. */
class WorkerPlannerDuplicatesTests {

  private static final String[] QUEUE = {"orders"};

  private final DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();

  @Test
  void twoWorkflowClassesOfOneTypeFailNamingTheFirstRegisteredAndTheType() {
    assertThatExceptionOfType(InvalidTemporalComponentException.class)
        .isThrownBy(
            () -> plan(List.of(ShipImpl.class, PayImpl.class, OtherShipImpl.class), Map.of()))
        .withMessageContaining("Workflow type 'Ship' on task queue 'orders'")
        .withMessageContaining(
            "implemented by both "
                + ShipImpl.class.getName()
                + " and "
                + OtherShipImpl.class.getName());
  }

  @Test
  void aWorkflowClassFoundTwiceIsRegisteredOnce() {
    List<WorkerDefinition> plan = plan(List.of(ShipImpl.class, ShipImpl.class), Map.of());
    assertThat(plan.get(0).getWorkflows())
        .extracting(WorkflowRegistration::implementation)
        .containsExactly(ShipImpl.class);
  }

  @Test
  void twoActivityBeansOfOneTypeFailNamingTheFirstRegisteredBean() {
    this.beanFactory.registerSingleton("charge", new ChargeImpl());
    this.beanFactory.registerSingleton("refund", new RefundImpl());
    this.beanFactory.registerSingleton("otherCharge", new ChargeImpl());
    Map<String, String[]> beans = new LinkedHashMap<>();
    beans.put("charge", QUEUE);
    beans.put("refund", QUEUE);
    beans.put("otherCharge", QUEUE);
    assertThatExceptionOfType(InvalidTemporalComponentException.class)
        .isThrownBy(() -> plan(List.of(), beans))
        .withMessageContaining("Activity type 'Charge' on task queue 'orders'")
        .withMessageContaining("implemented by both bean 'charge' and bean 'otherCharge'");
  }

  @Test
  void oneActivityBeanUnderTwoNamesIsRegisteredOnce() {
    this.beanFactory.registerSingleton("charge", new ChargeImpl());
    this.beanFactory.registerAlias("charge", "payments");
    Map<String, String[]> beans = new LinkedHashMap<>();
    beans.put("charge", QUEUE);
    beans.put("payments", QUEUE);
    List<WorkerDefinition> plan = plan(List.of(), beans);
    assertThat(plan.get(0).getActivities())
        .extracting(ActivityRegistration::beanName)
        .containsExactly("charge");
  }

  private List<WorkerDefinition> plan(List<Class<?>> workflows, Map<String, String[]> beans) {
    return new WorkerPlanner(new MockEnvironment(), this.beanFactory, getClass().getClassLoader())
        .plan(List.of(), new DefaultOptions(), workflows, beans, Map.of());
  }

  private static final class DefaultOptions implements WorkerOptionsPlan {

    @Override
    public WorkerOptions.Builder start() {
      return WorkerOptions.newBuilder();
    }

    @Override
    public WorkerOptions finish(WorkerOptions.Builder customized) {
      return customized.build();
    }
  }

  @WorkflowInterface
  public interface Ship {
    @WorkflowMethod
    void ship();
  }

  @WorkflowInterface
  public interface Pay {
    @WorkflowMethod
    void pay();
  }

  @dev.temporalboot.WorkflowImpl(taskQueues = "orders")
  public static class ShipImpl implements Ship {
    @Override
    public void ship() {}
  }

  @dev.temporalboot.WorkflowImpl(taskQueues = "orders")
  public static class PayImpl implements Pay {
    @Override
    public void pay() {}
  }

  @dev.temporalboot.WorkflowImpl(taskQueues = "orders")
  public static class OtherShipImpl implements Ship {
    @Override
    public void ship() {}
  }

  @ActivityInterface
  public interface Charge {
    void charge();
  }

  @ActivityInterface
  public interface Refund {
    void refund();
  }

  public static class ChargeImpl implements Charge {
    @Override
    public void charge() {}
  }

  public static class RefundImpl implements Refund {
    @Override
    public void refund() {}
  }
}
