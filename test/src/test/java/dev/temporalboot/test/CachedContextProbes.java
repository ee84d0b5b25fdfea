package dev.temporalboot.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.test.app.RenewalWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Twenty test classes with the same configuration, run by {@link ContextCachingTests} through the
 * JUnit launcher (nested, so the build does not run them on their own).
 */
final class CachedContextProbes {

  private CachedContextProbes() {}

  static Class<?>[] all() {
    return CachedContextProbes.class.getClasses();
  }

  @TemporalTest
  public abstract static class Probe {

    @Autowired WorkflowClient client;

    @Test
    void runsAWorkflow() {
      String id = getClass().getSimpleName() + "-" + System.nanoTime();
      assertThat(
              this.client
                  .newWorkflowStub(
                      RenewalWorkflow.class,
                      WorkflowOptions.newBuilder()
                          .setTaskQueue("renewals")
                          .setWorkflowId(id)
                          .build())
                  .renew(id, 1))
          .isEqualTo("invoice-" + id);
    }
  }

  public static class Probe01 extends Probe {}

  public static class Probe02 extends Probe {}

  public static class Probe03 extends Probe {}

  public static class Probe04 extends Probe {}

  public static class Probe05 extends Probe {}

  public static class Probe06 extends Probe {}

  public static class Probe07 extends Probe {}

  public static class Probe08 extends Probe {}

  public static class Probe09 extends Probe {}

  public static class Probe10 extends Probe {}

  public static class Probe11 extends Probe {}

  public static class Probe12 extends Probe {}

  public static class Probe13 extends Probe {}

  public static class Probe14 extends Probe {}

  public static class Probe15 extends Probe {}

  public static class Probe16 extends Probe {}

  public static class Probe17 extends Probe {}

  public static class Probe18 extends Probe {}

  public static class Probe19 extends Probe {}

  public static class Probe20 extends Probe {}
}
