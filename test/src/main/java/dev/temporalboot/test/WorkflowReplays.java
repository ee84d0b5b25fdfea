package dev.temporalboot.test;

import dev.temporalboot.internal.worker.WorkerAssemblyListener;
import dev.temporalboot.internal.worker.WorkerPlan;
import dev.temporalboot.internal.worker.WorkflowRegistrar;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.common.converter.DataConverter;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerPlugin;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Replays recorded workflow histories against the current code, so that a change that would break
 * running workflows (a non-deterministic change) fails the build before a deploy. A bean in every
 * application that has Temporal workers and this module.
 */
public class WorkflowReplays implements WorkerAssemblyListener {

  /** Every namespace's workers, in the order they were assembled. */
  private final List<Assembled> assembled = new CopyOnWriteArrayList<>();

  private final DataConverter dataConverter;

  private final List<WorkerPlugin> plugins;

  private final ResourcePatternResolver resources;

  /**
   * Creates the bean without worker plugins.
   *
   * @param dataConverter the application's data converter, to read payloads in histories
   * @param resources resolves history locations and patterns
   */
  public WorkflowReplays(DataConverter dataConverter, ResourcePatternResolver resources) {
    this(dataConverter, List.of(), resources);
  }

  /**
   * Creates the bean; applications get it from the auto-configuration.
   *
   * @param dataConverter the data converter the application's workers use, to read payloads in
   *     histories
   * @param plugins the application's worker plugins, in the order its workers run them: the SDK
   *     runs their {@code configureWorkerFactory}, {@code configureWorker} and {@code
   *     initializeWorker} on the replay worker, and wraps each replay in their {@code
   *     replayWorkflowExecution}
   * @param resources resolves history locations and patterns
   */
  public WorkflowReplays(
      DataConverter dataConverter, List<WorkerPlugin> plugins, ResourcePatternResolver resources) {
    this.dataConverter = dataConverter;
    this.plugins = List.copyOf(plugins);
    this.resources = resources;
  }

  /**
   * Keeps the workers' way of registering workflow classes; called by the starter once the workers
   * of a namespace are assembled, once per namespace.
   */
  @Override
  public void workersAssembled(WorkerPlan plan, WorkflowRegistrar registrar) {
    this.assembled.add(new Assembled(plan, registrar));
  }

  /**
   * Replays histories against a workflow implementation, registered as the application registers it
   * (constructor injection, activity stubs and their options): as the workers of the namespace
   * whose workers run it do, with that namespace's customizers, or as the primary namespace's
   * workers would when no worker runs it (a changed copy of a workflow, for example).
   *
   * @param workflowImplementation the workflow implementation class
   * @param histories Spring resource locations or patterns, e.g. {@code
   *     classpath:histories/*.json}, of JSON histories as the Temporal CLI and UI export them
   * @throws AssertionError naming the file and the event that no longer matches, when one does not
   *     replay, or when a location matches no file
   */
  public void assertReplays(Class<?> workflowImplementation, String... histories) {
    WorkflowRegistrar registrar = registrarOf(workflowImplementation);
    List<Resource> files = find(histories);
    TestWorkflowEnvironment environment =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder().setDataConverter(this.dataConverter).build())
                .setWorkerFactoryOptions(
                    WorkerFactoryOptions.newBuilder()
                        .setPlugins(this.plugins.toArray(WorkerPlugin[]::new))
                        .build())
                .build());
    try {
      Worker worker = environment.newWorker("temporal-boot-replay");
      registrar.register(worker, workflowImplementation);
      for (Resource file : files) {
        replay(worker, file, workflowImplementation);
      }
    } finally {
      environment.close();
    }
  }

  /**
   * Returns the registrar of the namespace that runs the class, the primary one's first when
   * several do, else the primary one's.
   */
  private WorkflowRegistrar registrarOf(Class<?> workflowImplementation) {
    Comparator<Assembled> primaryFirst =
        Comparator.comparing((Assembled assembled) -> !assembled.plan().isPrimary());
    return this.assembled.stream()
        .filter((assembled) -> assembled.plan().registers(workflowImplementation))
        .min(primaryFirst)
        .or(() -> this.assembled.stream().filter((a) -> a.plan().isPrimary()).findFirst())
        .map(Assembled::registrar)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The Temporal workers are not assembled yet: replay once the context is"
                        + " refreshed"));
  }

  private void replay(Worker worker, Resource file, Class<?> workflowImplementation) {
    WorkflowExecutionHistory history;
    try {
      history = WorkflowExecutionHistory.fromJson(file.getContentAsString(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException ex) {
      throw new AssertionError(file.getDescription() + " is not a readable workflow history", ex);
    }
    try {
      worker.replayWorkflowExecution(history);
    } catch (Exception ex) {
      throw new AssertionError(
          file.getFilename()
              + " no longer replays on "
              + workflowImplementation.getName()
              + ", so a change made the workflow non-deterministic: "
              + ReplayMismatch.describe(ex)
              + " ("
              + file.getDescription()
              + ")",
          ex);
    }
  }

  private List<Resource> find(String... locations) {
    if (locations.length == 0) {
      throw new AssertionError("No history locations given");
    }
    List<Resource> found = new ArrayList<>();
    for (String location : locations) {
      List<Resource> matches;
      try {
        matches =
            Arrays.stream(this.resources.getResources(location)).filter(Resource::exists).toList();
      } catch (FileNotFoundException ex) {
        matches = List.of();
      } catch (IOException ex) {
        throw new AssertionError("Cannot list workflow histories at " + location, ex);
      }
      if (matches.isEmpty()) {
        throw new AssertionError("No workflow history found at " + location);
      }
      found.addAll(matches);
    }
    return found;
  }

  private record Assembled(WorkerPlan plan, WorkflowRegistrar registrar) {}
}
