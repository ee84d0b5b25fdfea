package dev.temporalboot.internal.worker;

/**
 * Told once the workers are assembled, before any of them polls. Test support implements it to
 * replay recorded histories with workflows registered exactly as the workers register them.
 */
@FunctionalInterface
public interface WorkerAssemblyListener {

  /**
   * Receives the assembled plan.
   *
   * @param plan what the workers run
   * @param registrar registers further workflow classes as the workers do
   */
  void workersAssembled(WorkerPlan plan, WorkflowRegistrar registrar);
}
