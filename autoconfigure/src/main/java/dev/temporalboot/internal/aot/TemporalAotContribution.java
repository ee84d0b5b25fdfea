package dev.temporalboot.internal.aot;

import dev.temporalboot.WorkflowImpl;
import dev.temporalboot.internal.scan.ScanIndex;
import dev.temporalboot.internal.scan.ScanIndex.AnnotatedBean;
import io.temporal.workflow.WorkflowInterface;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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

  /**
   * Entries per generated method: a thousand class names or beans stay well inside the 64 KB of
   * code a Java method may hold.
   */
  static final int CHUNK = 500;

  private final List<String> packages;

  private final Set<Class<?>> workflows;

  private final Set<Class<?>> workflowInterfaces;

  private final Beans activities;

  private final Beans nexusServices;

  TemporalAotContribution(
      List<String> packages,
      Set<Class<?>> workflows,
      Set<Class<?>> workflowInterfaces,
      Beans activities,
      Beans nexusServices) {
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
    List<CodeBlock> statements = new ArrayList<>();
    statements.addAll(types(WorkflowImpl.class, this.workflows));
    statements.addAll(types(WorkflowInterface.class, this.workflowInterfaces));
    statements.addAll(beans(this.activities));
    statements.addAll(beans(this.nexusServices));
    for (CodeBlock statement : statements) {
      GeneratedMethod method =
          beanFactoryInitializationCode
              .getMethods()
              .add(
                  "registerTemporalScanIndex",
                  (builder) ->
                      builder
                          .addJavadoc(
                              "Hands start-up part of what Temporal Boot found at build time.")
                          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                          .addParameter(ConfigurableEnvironment.class, "environment")
                          .addCode(statement));
      beanFactoryInitializationCode.addInitializer(method.toMethodReference());
    }
    TemporalTypeHints hints = new TemporalTypeHints(generationContext.getRuntimeHints());
    this.workflows.forEach(hints::workflowImplementation);
    this.workflowInterfaces.forEach(hints::workflowInterface);
    this.activities.types().forEach(hints::activityImplementation);
    this.nexusServices.types().forEach(hints::nexusServiceImplementation);
  }

  /** One statement per chunk; a type with nothing found still gets one, saying so. */
  private List<CodeBlock> types(Class<? extends Annotation> annotation, Set<Class<?>> found) {
    List<String> names = found.stream().map(Class::getName).toList();
    return chunks(
        names,
        (chunk) ->
            CodeBlock.builder()
                .addStatement(
                    "$T.add(environment, $S, $T.of($L), $T.of($L))",
                    ScanIndex.class,
                    annotation.getName(),
                    List.class,
                    strings(this.packages),
                    List.class,
                    strings(chunk))
                .build());
  }

  private static List<CodeBlock> beans(Beans beans) {
    return chunks(
        beans.found(),
        (chunk) ->
            CodeBlock.builder()
                .addStatement(
                    "$T.addBeans(environment, $S, $T.of($L))",
                    ScanIndex.class,
                    beans.annotation().getName(),
                    List.class,
                    CodeBlock.join(
                        chunk.stream().map(TemporalAotContribution::bean).toList(), ", "))
                .build());
  }

  private static CodeBlock bean(AnnotatedBean bean) {
    return CodeBlock.of(
        "new $T($S, $T.of($L), $S)",
        AnnotatedBean.class,
        bean.beanName(),
        List.class,
        strings(bean.taskQueues()),
        bean.namespace());
  }

  static <T> List<CodeBlock> chunks(List<T> all, Function<List<T>, CodeBlock> statement) {
    List<CodeBlock> statements = new ArrayList<>();
    int start = 0;
    do {
      statements.add(statement.apply(all.subList(start, Math.min(all.size(), start + CHUNK))));
      start += CHUNK;
    } while (start < all.size());
    return statements;
  }

  private static CodeBlock strings(List<String> values) {
    return CodeBlock.join(values.stream().map((v) -> CodeBlock.of("$S", v)).toList(), ", ");
  }

  /**
   * The beans found with one annotation.
   *
   * @param annotation the annotation
   * @param found the beans, with what the annotation declares
   * @param types their classes, for runtime hints
   */
  record Beans(
      Class<? extends Annotation> annotation, List<AnnotatedBean> found, Set<Class<?>> types) {}
}
