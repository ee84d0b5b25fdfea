package dev.temporalboot.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupModeTests {

  private final Path cache = Path.of("/tmp/boot.aot");

  @Test
  void theAotCacheIsWrittenByTheTrainingRunAndReadByTheMeasuredOnes() {
    assertEquals(
        List.of("-XX:AOTCacheOutput=/tmp/boot.aot"), StartupMode.AOT_CACHE.trainingFlags(cache));
    assertEquals(List.of("-XX:AOTCache=/tmp/boot.aot"), StartupMode.AOT_CACHE.flags(cache));
  }

  @Test
  void springAotModesSwitchItOnAndApplyOnlyToProcessedSpringApps() {
    assertEquals(
        List.of("-Dspring.aot.enabled=true", "-XX:AOTCache=/tmp/boot.aot"),
        StartupMode.SPRING_AOT_AOT_CACHE.flags(cache));
    assertEquals(List.of("-Dspring.aot.enabled=true"), StartupMode.SPRING_AOT.flags(cache));
    assertTrue(StartupMode.SPRING_AOT.appliesTo(Variant.BOOT, true));
    assertFalse(StartupMode.SPRING_AOT.appliesTo(Variant.BOOT, false));
    assertFalse(StartupMode.SPRING_AOT.appliesTo(Variant.SDK, true));
    assertTrue(StartupMode.AOT_CACHE.appliesTo(Variant.SDK, false));
  }

  @Test
  void aWorkerCommandPutsTheModeFlagsAfterTheCommonAndVariantOnesAndPinsWhenAsked() {
    Run run =
        new Run(
            Variant.BOOT_OBSERVED_ON,
            Results.IO_PINNED,
            0,
            Path.of("/jdk"),
            "app.jar",
            List.of("-XX:AOTCache=x.aot"),
            true,
            16000,
            400,
            400,
            true,
            Duration.ZERO);
    List<String> command =
        WorkerProcess.command(run, List.of("-Xmx1g"), "127.0.0.1:7233", "q", Path.of("s.txt"));
    assertEquals(List.of("taskset", "-c", "0", "/jdk/bin/java", "-Xmx1g"), command.subList(0, 5));
    assertEquals("-Dmanagement.tracing.sampling.probability=1.0", command.get(5));
    assertEquals("-XX:AOTCache=x.aot", command.get(6));
    assertTrue(command.contains("-Dbench.stats-file=s.txt"));
    assertTrue(command.contains("-Dbench.activity-sleep-ms=16000"));
    assertEquals(
        List.of("-cp", "app.jar", "dev.temporalboot.bench.boot.BootWorkerApp"),
        command.subList(command.size() - 3, command.size()));
  }
}
