package dev.temporalboot.bench.harness;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sources for N workflow and N activity types, each variant's way: plain classes plus one
 * registration method for the bare SDK, annotated classes for the two starters to discover.
 */
final class TypeGenerator {

  // Templates: {pkg} the package, {n} the type's number, {workflow}/{activity} its annotations.
  private static final String WORKFLOW_INTERFACE =
      """
      package {pkg};

      @io.temporal.workflow.WorkflowInterface
      public interface GenWf{n} {
        @io.temporal.workflow.WorkflowMethod
        String run{n}(String input);
      }
      """;

  private static final String ACTIVITY_INTERFACE =
      """
      package {pkg};

      @io.temporal.activity.ActivityInterface
      public interface GenAct{n} {
        String gen{n}(String input);
      }
      """;

  private static final String WORKFLOW_IMPL =
      """
      package {pkg};

      {workflow}public class GenWf{n}Impl implements GenWf{n} {
        private final GenAct{n} activities = io.temporal.workflow.Workflow.newActivityStub(GenAct{n}.class,
            io.temporal.activity.ActivityOptions.newBuilder()
                .setStartToCloseTimeout(java.time.Duration.ofSeconds(30)).build());

        @Override
        public String run{n}(String input) {
          return activities.gen{n}(input);
        }
      }
      """;

  private static final String ACTIVITY_IMPL =
      """
      package {pkg};

      {activity}public class GenAct{n}Impl implements GenAct{n} {
        @Override
        public String gen{n}(String input) {
          return input + "{n}";
        }
      }
      """;

  private static final String REGISTRATION =
      """
      package {pkg};

      public final class GeneratedRegistration {
        public static void register(io.temporal.worker.Worker worker) {
      {calls}  }
      }
      """;

  private static final String REGISTRATION_CALLS =
      """
          worker.registerWorkflowImplementationTypes(GenWf{n}Impl.class);
          worker.registerActivitiesImplementations(new GenAct{n}Impl());
      """;

  private TypeGenerator() {}

  /** File name (relative to the source root) to source text. */
  static Map<String, String> sources(Variant variant, int count) {
    String pkg = variant.generatedPackage();
    String dir = pkg.replace('.', '/') + "/";
    Map<String, String> files = new LinkedHashMap<>();
    StringBuilder calls = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String n = String.format("%04d", i);
      files.put(dir + "GenWf" + n + ".java", fill(WORKFLOW_INTERFACE, variant, pkg, n));
      files.put(dir + "GenAct" + n + ".java", fill(ACTIVITY_INTERFACE, variant, pkg, n));
      files.put(dir + "GenWf" + n + "Impl.java", fill(WORKFLOW_IMPL, variant, pkg, n));
      files.put(dir + "GenAct" + n + "Impl.java", fill(ACTIVITY_IMPL, variant, pkg, n));
      calls.append(fill(REGISTRATION_CALLS, variant, pkg, n));
    }
    if (variant == Variant.SDK) {
      files.put(
          dir + "GeneratedRegistration.java",
          REGISTRATION.replace("{pkg}", pkg).replace("{calls}", calls));
    }
    return files;
  }

  private static String fill(String template, Variant variant, String pkg, String n) {
    return template
        .replace("{pkg}", pkg)
        .replace("{workflow}", workflowAnnotation(variant))
        .replace("{activity}", activityAnnotation(variant))
        .replace("{n}", n);
  }

  private static String workflowAnnotation(Variant variant) {
    return switch (variant) {
      case SDK -> "";
      case BOOT, BOOT_OBSERVED_OFF, BOOT_OBSERVED_ON, BOOT_OBSERVED_DEFAULT_SAMPLING ->
          "@dev.temporalboot.WorkflowImpl(taskQueues = \"${bench.task-queue}\")\n";
      case OFFICIAL ->
          "@io.temporal.spring.boot.WorkflowImpl(taskQueues = \"${bench.task-queue}\")\n";
    };
  }

  private static String activityAnnotation(Variant variant) {
    String component = "@org.springframework.stereotype.Component\n";
    return switch (variant) {
      case SDK -> "";
      case BOOT, BOOT_OBSERVED_OFF, BOOT_OBSERVED_ON, BOOT_OBSERVED_DEFAULT_SAMPLING ->
          component + "@dev.temporalboot.ActivityImpl(taskQueues = \"${bench.task-queue}\")\n";
      case OFFICIAL ->
          component
              + "@io.temporal.spring.boot.ActivityImpl(taskQueues = \"${bench.task-queue}\")\n";
    };
  }
}
