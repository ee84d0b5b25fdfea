package dev.temporalboot.bench.harness;

/** One way of wiring the same worker; each runs in a JVM of its own. */
enum Variant {
  SDK("sdk", "bare SDK", "app-sdk", "dev.temporalboot.bench.sdk.SdkWorkerApp"),
  BOOT("boot", "Temporal Boot", "app-boot", "dev.temporalboot.bench.boot.BootWorkerApp"),
  OFFICIAL(
      "official",
      "official starter",
      "app-official",
      "dev.temporalboot.bench.official.OfficialWorkerApp");

  private final String key;
  private final String label;
  private final String module;
  private final String mainClass;

  Variant(String key, String label, String module, String mainClass) {
    this.key = key;
    this.label = label;
    this.module = module;
    this.mainClass = mainClass;
  }

  /** Short name used in keys and file names. */
  String key() {
    return this.key;
  }

  /** Name used in tables and the chart. */
  String label() {
    return this.label;
  }

  /** Folder under benchmarks/ holding the app. */
  String module() {
    return this.module;
  }

  /** Class the JVM starts. */
  String mainClass() {
    return this.mainClass;
  }

  /** Package the generated types go to, below the app's own so its scanning finds them. */
  String generatedPackage() {
    return this.mainClass.substring(0, this.mainClass.lastIndexOf('.')) + ".gen";
  }
}
