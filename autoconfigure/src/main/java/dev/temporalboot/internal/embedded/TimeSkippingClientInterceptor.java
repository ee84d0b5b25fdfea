package dev.temporalboot.internal.embedded;

import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import java.util.concurrent.TimeoutException;

/**
 * Holds the embedded server's time-skipping lock open while the client waits for a workflow result,
 * synchronously or through a future.
 */
public class TimeSkippingClientInterceptor extends WorkflowClientInterceptorBase {

  private final TimeSkippingLock lock;

  public TimeSkippingClientInterceptor(TimeSkippingLock lock) {
    this.lock = lock;
  }

  @Override
  public WorkflowClientCallsInterceptor workflowClientCallsInterceptor(
      WorkflowClientCallsInterceptor next) {
    return new WorkflowClientCallsInterceptorBase(next) {

      @Override
      public <R> GetResultOutput<R> getResult(GetResultInput<R> input) throws TimeoutException {
        TimeSkippingClientInterceptor.this.lock.beginWait();
        try {
          return super.getResult(input);
        } finally {
          TimeSkippingClientInterceptor.this.lock.endWait();
        }
      }

      @Override
      public <R> GetResultAsyncOutput<R> getResultAsync(GetResultInput<R> input) {
        TimeSkippingLock waiting = TimeSkippingClientInterceptor.this.lock;
        waiting.beginWait();
        GetResultAsyncOutput<R> output;
        try {
          output = super.getResultAsync(input);
        } catch (RuntimeException ex) {
          waiting.endWait();
          throw ex;
        }
        output.getResult().whenComplete((result, failure) -> waiting.endWait());
        return output;
      }
    };
  }
}
