package dev.temporalboot.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MachineInfoTests {

  @Test
  void procValuesAreFoundByName() {
    List<String> cpuinfo = List.of("processor\t: 0", "model name\t: Some CPU @ 2.0GHz", "x : y");
    assertEquals("Some CPU @ 2.0GHz", MachineInfo.valueIn(cpuinfo, "model name"));
    assertEquals("unknown", MachineInfo.valueIn(cpuinfo, "flags"));
  }
}
