package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.e2e.app.E2eApplication;
import dev.temporalboot.e2e.app.GreetingWorkflow;
import dev.temporalboot.internal.worker.WorkerAssemblyListener;
import dev.temporalboot.internal.worker.WorkerPlan;
import dev.temporalboot.internal.worker.WorkflowRegistrar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * With {@code spring.main.lazy-initialization=true}, where activity beans and the typed clients are
 * created only when first asked for, the workers are still assembled before they start, they poll,
 * and the assembly's listeners hear of it once.
 */
@SpringBootTest(
    classes = {E2eApplication.class, LazyInitializationTests.Listening.class},
    properties = {
      "temporal.embedded.port=0",
      "e2e.queue=greetings-lazy",
      "spring.main.lazy-initialization=true"
    })
class LazyInitializationTests {

  @Autowired TemporalWorkflows workflows;

  @Autowired PlanRecorder recorder;

  @Test
  void workersPollAndListenersHearOfTheAssemblyUnderLazyInitialization() {
    GreetingWorkflow workflow = this.workflows.newStub(GreetingWorkflow.class, "greet-lazy");
    assertThat(workflow.greet("Ada")).isEqualTo("Hello, Ada!");
    assertThat(this.recorder.plans)
        .singleElement()
        .extracting(WorkerPlan::taskQueues)
        .isEqualTo(List.of("greetings-lazy"));
  }

  /** Records each plan it is told of. */
  static class PlanRecorder implements WorkerAssemblyListener {

    final List<WorkerPlan> plans = new ArrayList<>();

    @Override
    public void workersAssembled(WorkerPlan plan, WorkflowRegistrar registrar) {
      this.plans.add(plan);
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Listening {

    @Bean
    PlanRecorder planRecorder() {
      return new PlanRecorder();
    }
  }
}
