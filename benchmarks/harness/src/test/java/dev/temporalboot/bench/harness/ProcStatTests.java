package dev.temporalboot.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcStatTests {

  @Test
  void userAndSystemTicksAreAddedAndTurnedIntoSeconds() {
    String stat =
        "4242 (java) S 1 4242 4242 0 -1 4194304 9000 0 3 0 1234 266 0 0 20 0 40 0 99 "
            + "4000000000 60000 18446744073709551615 1 1 0 0 0 0 0 2 16384 0 0 0 17 1 0 0 0 0 0";
    assertEquals(15.0, ProcStat.parseCpuSeconds(stat), 1e-9);
  }

  @Test
  void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
    String stat = "7 (a (b) c) R 1 7 7 0 -1 0 0 0 0 0 50 25 0 0 20 0 1 0 5 1000 10";
    assertEquals(0.75, ProcStat.parseCpuSeconds(stat), 1e-9);
  }

  @Test
  void aLineThatIsNotAStatLineIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> ProcStat.parseCpuSeconds("nonsense"));
    assertThrows(IllegalArgumentException.class, () -> ProcStat.parseCpuSeconds("1 (x) S 1 2"));
  }

  @Test
  void shareIsCpuSecondsOverWallSeconds() {
    assertEquals(0.25, ProcStat.share(10, 12.5, 10), 1e-9);
    assertTrue(Double.isNaN(ProcStat.share(1, 2, 0)));
  }

  @Test
  void thisProcessHasUsedSomeCpu() {
    assertTrue(ProcStat.cpuSeconds(ProcessHandle.current().pid()) >= 0);
  }
}
