package dev.temporalboot.internal.aot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.ActivityStub;
import dev.temporalboot.WorkflowImpl;
import dev.temporalboot.internal.aot.app.AotApp;
import dev.temporalboot.internal.aot.app.GreetingActivities;
import dev.temporalboot.internal.aot.app.GreetingActivitiesImpl;
import dev.temporalboot.internal.aot.app.GreetingWorkflow;
import dev.temporalboot.internal.aot.app.GreetingWorkflowImpl;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.workflow.WorkflowMethod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.InputStreamSource;
import org.springframework.javapoet.ClassName;

/**
 * The runtime hints of an application on Temporal Boot, as Spring AOT collects them when it
 * processes {@link AotApp}, and the scan results it writes into the generated code.
 */
class TemporalRuntimeHintsTests {

  private static final TypeReference STUB_MARKER =
      TypeReference.of("io.temporal.internal.sync.StubMarker");

  private static final TypeReference ASYNC_MARKER =
      TypeReference.of("io.temporal.internal.sync.AsyncInternal$AsyncMarker");

  private static RuntimeHints hints;

  private static String generatedSources;

  @BeforeAll
  static void process() {
    AtomicReference<RuntimeHints> collected = new AtomicReference<>();
    InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
    TemporalContextRunners.temporal()
        .withUserConfiguration(AotApp.class)
        .prepare(
            (prepared) -> {
              DefaultGenerationContext generation =
                  new DefaultGenerationContext(
                      new ClassNameGenerator(ClassName.get(AotApp.class)), files);
              new ApplicationContextAotGenerator()
                  .processAheadOfTime(
                      (GenericApplicationContext) prepared.getSourceApplicationContext(),
                      generation);
              generation.writeGeneratedContent();
              collected.set(generation.getRuntimeHints());
            });
    hints = collected.get();
    StringBuilder sources = new StringBuilder();
    for (Map.Entry<String, InputStreamSource> file :
        files.getGeneratedFiles(Kind.SOURCE).entrySet()) {
      sources.append(read(file.getValue()));
    }
    generatedSources = sources.toString();
  }

  @Test
  void springFindsBothAotContributionsInAotFactories() {
    assertThat(AotServices.factories().load(RuntimeHintsRegistrar.class))
        .anyMatch(TemporalRuntimeHints.class::isInstance);
    assertThat(AotServices.factories().load(BeanFactoryInitializationAotProcessor.class))
        .anyMatch(TemporalAotProcessor.class::isInstance);
  }

  @Test
  void theAnnotationsTheStarterAndTheSdkReadAreRegistered() {
    for (Class<?> annotation :
        new Class<?>[] {WorkflowImpl.class, ActivityStub.class, WorkflowMethod.class}) {
      assertThat(
              RuntimeHintsPredicates.reflection()
                  .onType(annotation)
                  .withMemberCategory(MemberCategory.INVOKE_DECLARED_METHODS))
          .accepts(hints);
    }
  }

  @Test
  void theScannedWorkflowClassIsCreatedAndItsStubFieldSetReflectively() {
    assertThat(
            RuntimeHintsPredicates.reflection()
                .onType(GreetingWorkflowImpl.class)
                .withMemberCategories(
                    MemberCategory.INVOKE_DECLARED_CONSTRUCTORS,
                    MemberCategory.INVOKE_PUBLIC_METHODS))
        .accepts(hints);
    assertThat(
            RuntimeHintsPredicates.reflection()
                .onFieldAccess(GreetingWorkflowImpl.class, "activities"))
        .accepts(hints);
  }

  @Test
  void theWorkflowInterfaceIsInvokedAndProxiedAsTheSdkDoes() throws NoSuchMethodException {
    assertThat(
            RuntimeHintsPredicates.reflection()
                .onMethodInvocation(
                    GreetingWorkflow.class.getMethod("greet", GreetingWorkflow.Guest.class)))
        .accepts(hints);
    assertThat(
            RuntimeHintsPredicates.proxies()
                .forInterfaces(TypeReference.of(GreetingWorkflow.class), STUB_MARKER))
        .accepts(hints);
    assertThat(
            RuntimeHintsPredicates.proxies()
                .forInterfaces(TypeReference.of(GreetingWorkflow.class), STUB_MARKER, ASYNC_MARKER))
        .accepts(hints);
  }

  @Test
  void theActivityBeanAndTheInjectedActivityInterfaceAreRegistered() throws NoSuchMethodException {
    assertThat(
            RuntimeHintsPredicates.reflection()
                .onMethodInvocation(
                    GreetingActivitiesImpl.class.getMethod("compose", String.class)))
        .accepts(hints);
    assertThat(
            RuntimeHintsPredicates.proxies()
                .forInterfaces(TypeReference.of(GreetingActivities.class), ASYNC_MARKER))
        .accepts(hints);
  }

  @Test
  void theDeclaredPayloadTypesAreBoundByJackson() {
    assertThat(
            RuntimeHintsPredicates.reflection()
                .onType(GreetingWorkflow.Guest.class)
                .withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS))
        .accepts(hints);
    assertThat(
            RuntimeHintsPredicates.reflection()
                .onMethodInvocation(GreetingWorkflow.Greeting.class, "text"))
        .accepts(hints);
  }

  @Test
  void theGeneratedCodeHandsStartUpTheScannedClasses() {
    assertThat(generatedSources)
        .contains("ScanIndex.add(environment, \"dev.temporalboot.WorkflowImpl\"")
        .contains("\"" + GreetingWorkflowImpl.class.getName() + "\"")
        .contains("\"" + GreetingWorkflow.class.getName() + "\"");
  }

  @Test
  void theGeneratedCodeHandsStartUpTheAnnotatedBeans() {
    assertThat(generatedSources)
        .contains("ScanIndex.addBeans(environment, \"dev.temporalboot.ActivityImpl\"")
        .contains(
            "new ScanIndex.AnnotatedBean(\""
                + GreetingActivitiesImpl.class.getName()
                + "\", List.of(\""
                + AotApp.TASK_QUEUE
                + "\"), \"\")")
        .contains(
            "ScanIndex.addBeans(environment, \"dev.temporalboot.NexusServiceImpl\", List.of())");
  }

  @Test
  void anApplicationWithoutTemporalGetsNoContribution() {
    try (GenericApplicationContext context = new GenericApplicationContext()) {
      assertThat(new TemporalAotProcessor().processAheadOfTime(context.getBeanFactory())).isNull();
    }
  }

  private static String read(InputStreamSource source) {
    try (InputStream in = source.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
