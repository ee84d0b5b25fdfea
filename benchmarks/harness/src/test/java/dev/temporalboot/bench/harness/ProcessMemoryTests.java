package dev.temporalboot.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessMemoryTests {

  @Test
  void vmRssIsReadInMebibytes() {
    List<String> status = List.of("Name:\tjava", "VmPeak:\t 9000000 kB", "VmRSS:\t  262144 kB");
    assertEquals(256.0, ProcessMemory.parseVmRssMib(status));
  }

  @Test
  void missingVmRssIsNotANumber() {
    assertTrue(Double.isNaN(ProcessMemory.parseVmRssMib(List.of("Name:\tzombie"))));
  }

  @Test
  void anUnexpectedUnitIsAnError() {
    assertThrows(
        IllegalArgumentException.class, () -> ProcessMemory.parseVmRssMib(List.of("VmRSS: 1 MB")));
  }

  @Test
  void thisProcessHasAResidentSetOnLinux() {
    double mib = ProcessMemory.residentMib(ProcessHandle.current().pid());
    assertTrue(Double.isNaN(mib) || mib > 1, () -> "RSS " + mib);
  }
}
