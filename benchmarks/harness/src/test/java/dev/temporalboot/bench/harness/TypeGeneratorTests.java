package dev.temporalboot.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TypeGeneratorTests {

  @Test
  void everyVariantGetsTheSameTypesItsOwnWay() {
    Map<String, String> sdk = TypeGenerator.sources(Variant.SDK, 3);
    Map<String, String> boot = TypeGenerator.sources(Variant.BOOT, 3);
    assertEquals(13, sdk.size());
    assertEquals(12, boot.size());
    String bootImpl = boot.get("dev/temporalboot/bench/boot/gen/GenWf0002Impl.java");
    assertTrue(bootImpl.contains("@dev.temporalboot.WorkflowImpl"));
    String registration = sdk.get("dev/temporalboot/bench/sdk/gen/GeneratedRegistration.java");
    assertTrue(registration.contains("new GenAct0002Impl()"));
    assertFalse(
        sdk.get("dev/temporalboot/bench/sdk/gen/GenAct0000Impl.java").contains("taskQueues"));
  }

  @Test
  void officialActivitiesAreBeans() {
    String activity =
        TypeGenerator.sources(Variant.OFFICIAL, 1)
            .get("dev/temporalboot/bench/official/gen/GenAct0000Impl.java");
    assertTrue(activity.contains("@org.springframework.stereotype.Component"));
    assertTrue(activity.contains("@io.temporal.spring.boot.ActivityImpl"));
  }
}
