package dev.temporalboot.e2e.plugins;

import io.temporal.activity.ActivityExecutionContext;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptorBase;
import io.temporal.workflow.Workflow;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the plugins saw: the calls their interceptors intercepted (workflows started, workflows and
 * activities run), and the plugins' configure calls, in the order the SDK made them.
 */
public class CallRecorder {

  private final List<String> calls = new CopyOnWriteArrayList<>();

  private final List<String> configured = new CopyOnWriteArrayList<>();

  public List<String> calls() {
    return List.copyOf(this.calls);
  }

  public List<String> configured() {
    return List.copyOf(this.configured);
  }

  void configured(String call) {
    this.configured.add(call);
  }

  /** Records each workflow start through the client. */
  public WorkflowClientInterceptorBase clientInterceptor() {
    return new WorkflowClientInterceptorBase() {
      @Override
      public WorkflowClientCallsInterceptor workflowClientCallsInterceptor(
          WorkflowClientCallsInterceptor next) {
        return new WorkflowClientCallsInterceptorBase(next) {
          @Override
          public WorkflowStartOutput start(WorkflowStartInput input) {
            CallRecorder.this.calls.add("client start " + input.getWorkflowType());
            return super.start(input);
          }
        };
      }
    };
  }

  /** Records each workflow run and activity execution on a worker. */
  public WorkerInterceptorBase workerInterceptor() {
    return new WorkerInterceptorBase() {
      @Override
      public WorkflowInboundCallsInterceptor interceptWorkflow(
          WorkflowInboundCallsInterceptor next) {
        return new WorkflowInboundCallsInterceptorBase(next) {
          @Override
          public WorkflowOutput execute(WorkflowInput input) {
            CallRecorder.this.calls.add("worker workflow " + Workflow.getInfo().getWorkflowType());
            return super.execute(input);
          }
        };
      }

      @Override
      public ActivityInboundCallsInterceptor interceptActivity(
          ActivityInboundCallsInterceptor next) {
        return new ActivityInboundCallsInterceptorBase(next) {
          private ActivityExecutionContext context;

          @Override
          public void init(ActivityExecutionContext context) {
            this.context = context;
            super.init(context);
          }

          @Override
          public ActivityOutput execute(ActivityInput input) {
            CallRecorder.this.calls.add(
                "worker activity " + this.context.getInfo().getActivityType());
            return super.execute(input);
          }
        };
      }
    };
  }
}
