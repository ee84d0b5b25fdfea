package dev.temporalboot.bench.harness;

/** The worker process ended while the driver waited for it; its log says why. */
final class WorkerExitedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  WorkerExitedException() {
    super("the worker process exited before its workflows completed (see its log)");
  }
}
