package dev.temporalboot.internal.aot;

import dev.temporalboot.WorkflowImpl;
import dev.temporalboot.internal.scan.ScanIndex;
import io.temporal.workflow.WorkflowInterface;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.springframework.aot.generate.GeneratedMethod;
import org.springframework.aot.generate.GenerationContext;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationCode;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.javapoet.CodeBlock;

/**
 * Writes the build-time scan results into the generated initializer, which puts them in the
 * environment as a {@link ScanIndex} before any bean exists, and registers the runtime hints of the
 * workflows, activities and Nexus services found.
 */
final class TemporalAotContribution implements BeanFactoryInitializationAotContribution {

  private final List<String> packages;

  private final Set<Class<?>> workflows;

  private final Set<Class<?>> workflowInterfaces;

  private final Set<Class<?>> activities;

  private final Set<Class<?>> nexusServices;

  TemporalAotContribution(
      List<String> packages,
      Set<Class<?>> workflows,
      Set<Class<?>> workflowInterfaces,
      Set<Class<?>> activities,
      Set<Class<?>> nexusServices) {
    this.packages = packages;
    this.workflows = workflows;
    this.workflowInterfaces = workflowInterfaces;
    this.activities = activities;
    this.nexusServices = nexusServices;
  }

  @Override
  public void applyTo(
      GenerationContext generationContext,
      BeanFactoryInitializationCode beanFactoryInitializationCode) {
    GeneratedMethod method =
        beanFactoryInitializationCode
            .getMethods()
            .add(
                "registerTemporalScanIndex",
                (builder) ->
                    builder
                        .addJavadoc(
                            "Hands start-up what Temporal Boot's scans found at build time.")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(ConfigurableEnvironment.class, "environment")
                        .addCode(add(WorkflowImpl.class, this.workflows))
                        .addCode(add(WorkflowInterface.class, this.workflowInterfaces)));
    beanFactoryInitializationCode.addInitializer(method.toMethodReference());
    TemporalTypeHints hints = new TemporalTypeHints(generationContext.getRuntimeHints());
    this.workflows.forEach(hints::workflowImplementation);
    this.workflowInterfaces.forEach(hints::workflowInterface);
    this.activities.forEach(hints::activityImplementation);
    this.nexusServices.forEach(hints::nexusServiceImplementation);
  }

  private CodeBlock add(Class<? extends Annotation> annotation, Collection<Class<?>> found) {
    return CodeBlock.builder()
        .addStatement(
            "$T.add(environment, $S, $T.of($L), $T.of($L))",
            ScanIndex.class,
            annotation.getName(),
            List.class,
            strings(this.packages),
            List.class,
            strings(found.stream().map(Class::getName).toList()))
        .build();
  }

  private static CodeBlock strings(List<String> values) {
    return CodeBlock.join(values.stream().map((v) -> CodeBlock.of("$S", v)).toList(), ", ");
  }
}
