package dev.temporalboot.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpringAotTypesTests {

  private final Path aot = Path.of("/work/generated-types/boot-1000/spring-aot");

  @Test
  void theProcessorRunsOnTheGivenClasspathWithMainClassOutputsAndCoordinates() {
    assertEquals(
        List.of(
            "/jdk/bin/java",
            "-cp",
            "gen:app",
            "org.springframework.boot.SpringApplicationAotProcessor",
            Variant.BOOT.mainClass(),
            aot + "/sources",
            aot + "/resources",
            aot + "/classes",
            "dev.temporalboot",
            "app-boot"),
        SpringAotTypes.command(Variant.BOOT, Path.of("/jdk"), "gen:app", aot));
  }

  @Test
  void theCompiledClassesComeFirstThenTheGeneratedResources() {
    assertEquals(
        aot + "/classes" + File.pathSeparator + aot + "/resources", SpringAotTypes.entries(aot));
  }

  @Test
  void aotScalingRowsHaveAGroupOfTheirOwnPerSize() {
    assertEquals("types-1000-spring-aot", Results.springAotScalingGroup(1000));
    assertEquals("types-1000", Results.scalingGroup(1000));
  }
}
