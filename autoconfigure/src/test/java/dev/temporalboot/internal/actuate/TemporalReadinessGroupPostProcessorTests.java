package dev.temporalboot.internal.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;

class TemporalReadinessGroupPostProcessorTests {

  private final TemporalReadinessGroupPostProcessor postProcessor =
      new TemporalReadinessGroupPostProcessor("temporal");

  private final HealthEndpointGroup primary = mock(HealthEndpointGroup.class);

  @Test
  void existingReadinessGroupGainsTheContributorAndItsComponents() {
    HealthEndpointGroup readiness = mock(HealthEndpointGroup.class);
    given(readiness.isMember("readinessState")).willReturn(true);
    HealthEndpointGroup liveness = mock(HealthEndpointGroup.class);
    HealthEndpointGroups groups =
        this.postProcessor.postProcessHealthEndpointGroups(
            HealthEndpointGroups.of(
                this.primary, Map.of("readiness", readiness, "liveness", liveness)));

    HealthEndpointGroup group = groups.get("readiness");
    assertThat(group.isMember("temporal")).isTrue();
    assertThat(group.isMember("temporal/connection")).isTrue();
    assertThat(group.isMember("readinessState")).isTrue();
    assertThat(group.isMember("temporalish")).isFalse();
    assertThat(group.isMember("db")).isFalse();
    assertThat(groups.get("liveness").isMember("temporal")).isFalse();
  }

  @Test
  void missingReadinessGroupIsCreatedLikeBootsProbeGroup() {
    HealthEndpointGroups groups =
        this.postProcessor.postProcessHealthEndpointGroups(
            HealthEndpointGroups.of(this.primary, Map.of()));

    assertThat(groups.getNames()).contains("readiness");
    HealthEndpointGroup group = groups.get("readiness");
    assertThat(group.isMember("readinessState")).isTrue();
    assertThat(group.isMember("temporal/workers")).isTrue();
    assertThat(group.isMember("livenessState")).isFalse();
    assertThat(group.showDetails(SecurityContext.NONE)).isFalse();
    assertThat(group.getAdditionalPath()).isNull();
    assertThat(groups.getPrimary()).isSameAs(this.primary);
  }

  @Test
  void excludedComponentsStayOutOfTheReadinessGroup() {
    HealthEndpointGroups groups =
        new TemporalReadinessGroupPostProcessor("temporal", Set.of("temporal/nexus"))
            .postProcessHealthEndpointGroups(HealthEndpointGroups.of(this.primary, Map.of()));

    HealthEndpointGroup group = groups.get("readiness");
    assertThat(group.isMember("temporal/connection")).isTrue();
    assertThat(group.isMember("temporal/workers")).isTrue();
    assertThat(group.isMember("temporal/nexus")).isFalse();
    assertThat(group.isMember("temporal/nexusish")).isTrue();
  }

  @Test
  void eachNamespaceAliasComponentsJoinTheReadinessGroup() {
    HealthEndpointGroups groups =
        new TemporalReadinessGroupPostProcessor("temporal", Set.of("temporal/nexus"))
            .postProcessHealthEndpointGroups(HealthEndpointGroups.of(this.primary, Map.of()));

    HealthEndpointGroup group = groups.get("readiness");
    assertThat(group.isMember("temporal/billing")).isTrue();
    assertThat(group.isMember("temporal/billing/connection")).isTrue();
    assertThat(group.isMember("temporal/billing/workers")).isTrue();
    assertThat(group.isMember("temporal/nexus")).isFalse();
  }
}
