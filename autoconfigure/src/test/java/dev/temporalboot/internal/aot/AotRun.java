package dev.temporalboot.internal.aot;

import dev.temporalboot.internal.aot.app.AotApp;
import dev.temporalboot.internal.aot.app.GreetingWorkflow;
import dev.temporalboot.internal.aot.app.GreetingWorkflowImpl;
import dev.temporalboot.internal.worker.WorkerAssembly;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.javapoet.ClassName;

/**
 * What {@code process-aot} and an AOT-mode start do, in one class loader of its own (so the
 * generated classes land in the packages of the classes they call, as on the classpath of a
 * processed application): processes {@link AotApp}, compiles the generated code, starts a context
 * from it alone, with a resource loader that finds nothing below the application's package, and
 * runs a workflow.
 */
public final class AotRun {

  /** The properties of the build and of the run. */
  static final String[] PROPERTIES = {"temporal.embedded.port=0"};

  private AotRun() {}

  /**
   * Processes, compiles and runs.
   *
   * @param classpath the classpath to compile the generated code against
   * @param classes where the compiled code goes; on this class loader's classpath
   * @return what the run saw: whether the workflow was registered, and its result
   */
  public static String run(String classpath, String classes) {
    ClassName initializer = process(Path.of(classes), classpath);
    try (GenericApplicationContext context = new GenericApplicationContext()) {
      context.setResourceLoader(new NothingBelowApp());
      TestPropertyValues.of(PROPERTIES).applyTo(context);
      aotInitializer(initializer).initialize(context);
      context.refresh();
      if (!context.getBean(WorkerAssembly.class).plan().registers(GreetingWorkflowImpl.class)) {
        return "workflow not registered";
      }
      GreetingWorkflow workflow =
          context
              .getBean(WorkflowClient.class)
              .newWorkflowStub(
                  GreetingWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setTaskQueue(AotApp.TASK_QUEUE)
                      .setWorkflowExecutionTimeout(Duration.ofSeconds(30))
                      .build());
      return "registered, " + workflow.greet(new GreetingWorkflow.Guest("AOT")).text();
    }
  }

  private static ClassName process(Path classes, String classpath) {
    AtomicReference<ClassName> initializer = new AtomicReference<>();
    InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
    TemporalContextRunners.temporal()
        .withUserConfiguration(AotApp.class)
        .withPropertyValues(PROPERTIES)
        .prepare(
            (prepared) -> {
              DefaultGenerationContext generation =
                  new DefaultGenerationContext(
                      new ClassNameGenerator(ClassName.get(AotApp.class)), files);
              initializer.set(
                  new ApplicationContextAotGenerator()
                      .processAheadOfTime(
                          (GenericApplicationContext) prepared.getSourceApplicationContext(),
                          generation));
              generation.writeGeneratedContent();
            });
    GeneratedCodeCompiler.compile(files, classpath, classes.toString());
    return initializer.get();
  }

  @SuppressWarnings("unchecked")
  private static ApplicationContextInitializer<GenericApplicationContext> aotInitializer(
      ClassName name) {
    try {
      return (ApplicationContextInitializer<GenericApplicationContext>)
          Class.forName(name.reflectionName(), true, AotRun.class.getClassLoader())
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** Finds no classes below the application's package, so a scan there would find nothing. */
  private static final class NothingBelowApp extends PathMatchingResourcePatternResolver {

    @Override
    public Resource[] getResources(String locationPattern) throws IOException {
      if (locationPattern.contains(AotApp.class.getPackageName().replace('.', '/'))) {
        return new Resource[0];
      }
      return super.getResources(locationPattern);
    }
  }
}
