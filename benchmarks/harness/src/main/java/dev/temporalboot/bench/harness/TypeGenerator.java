package dev.temporalboot.bench.harness;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sources for N workflow and N activity types, each variant's way: plain classes plus one
 * registration method for the bare SDK, annotated classes for the two starters to discover.
 */
final class TypeGenerator {

  private TypeGenerator() {}

  /** File name (relative to the source root) to source text. */
  static Map<String, String> sources(Variant variant, int count) {
    String pkg = variant.generatedPackage();
    String dir = pkg.replace('.', '/') + "/";
    Map<String, String> files = new LinkedHashMap<>();
    StringBuilder registration = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String n = String.format("%04d", i);
      files.put(dir + "GenWf" + n + ".java", workflowInterface(pkg, n));
      files.put(dir + "GenAct" + n + ".java", activityInterface(pkg, n));
      files.put(dir + "GenWf" + n + "Impl.java", workflowImpl(variant, pkg, n));
      files.put(dir + "GenAct" + n + "Impl.java", activityImpl(variant, pkg, n));
      registration
          .append("    worker.registerWorkflowImplementationTypes(GenWf")
          .append(n)
          .append("Impl.class);\n    worker.registerActivitiesImplementations(new GenAct")
          .append(n)
          .append("Impl());\n");
    }
    if (variant == Variant.SDK) {
      files.put(
          dir + "GeneratedRegistration.java",
          "package "
              + pkg
              + ";\n\npublic final class GeneratedRegistration {\n"
              + "  public static void register(io.temporal.worker.Worker worker) {\n"
              + registration
              + "  }\n}\n");
    }
    return files;
  }

  private static String workflowInterface(String pkg, String n) {
    return "package "
        + pkg
        + ";\n\n@io.temporal.workflow.WorkflowInterface\npublic interface GenWf"
        + n
        + " {\n  @io.temporal.workflow.WorkflowMethod\n  String run"
        + n
        + "(String input);\n}\n";
  }

  private static String activityInterface(String pkg, String n) {
    return "package "
        + pkg
        + ";\n\n@io.temporal.activity.ActivityInterface\npublic interface GenAct"
        + n
        + " {\n  String gen"
        + n
        + "(String input);\n}\n";
  }

  private static String workflowImpl(Variant variant, String pkg, String n) {
    String annotation =
        switch (variant) {
          case SDK -> "";
          case BOOT -> "@dev.temporalboot.WorkflowImpl(taskQueues = \"${bench.task-queue}\")\n";
          case OFFICIAL ->
              "@io.temporal.spring.boot.WorkflowImpl(taskQueues = \"${bench.task-queue}\")\n";
        };
    return "package "
        + pkg
        + ";\n\n"
        + annotation
        + "public class GenWf"
        + n
        + "Impl implements GenWf"
        + n
        + " {\n  private final GenAct"
        + n
        + " activities = io.temporal.workflow.Workflow.newActivityStub(GenAct"
        + n
        + ".class,\n      io.temporal.activity.ActivityOptions.newBuilder()"
        + ".setStartToCloseTimeout(java.time.Duration.ofSeconds(30)).build());\n\n"
        + "  @Override\n  public String run"
        + n
        + "(String input) {\n    return activities.gen"
        + n
        + "(input);\n  }\n}\n";
  }

  private static String activityImpl(Variant variant, String pkg, String n) {
    String annotation =
        switch (variant) {
          case SDK -> "";
          case BOOT ->
              "@org.springframework.stereotype.Component\n"
                  + "@dev.temporalboot.ActivityImpl(taskQueues = \"${bench.task-queue}\")\n";
          case OFFICIAL ->
              "@org.springframework.stereotype.Component\n"
                  + "@io.temporal.spring.boot.ActivityImpl(taskQueues = \"${bench.task-queue}\")\n";
        };
    return "package "
        + pkg
        + ";\n\n"
        + annotation
        + "public class GenAct"
        + n
        + "Impl implements GenAct"
        + n
        + " {\n  @Override\n  public String gen"
        + n
        + "(String input) {\n    return input + \""
        + n
        + "\";\n  }\n}\n";
  }
}
