package dev.temporalboot.internal.actuate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.AdditionalPathsMapper;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;

/**
 * Makes a health contributor a member of the {@code readiness} group that Spring Boot's
 * availability probes create, so Kubernetes stops routing to an instance that lost Temporal. Boot
 * gives no property default for group members, so this wraps the groups instead. It works in either
 * order relative to Boot's own probes post-processor: it wraps Boot's readiness group when that
 * exists, and otherwise creates one like it ({@code readinessState}, no details), which Boot then
 * keeps.
 */
public class TemporalReadinessGroupPostProcessor implements HealthEndpointGroupsPostProcessor {

  static final String READINESS = "readiness";

  private final String member;

  private final Set<String> excluded;

  /**
   * Creates the post-processor.
   *
   * @param member the contributor to add to the readiness group, such as {@code temporal}
   */
  public TemporalReadinessGroupPostProcessor(String member) {
    this(member, Set.of());
  }

  /**
   * Creates the post-processor.
   *
   * @param member the contributor to add to the readiness group, such as {@code temporal}
   * @param excluded components of the member that stay out, such as {@code temporal/nexus}
   */
  public TemporalReadinessGroupPostProcessor(String member, Set<String> excluded) {
    this.member = member;
    this.excluded = Set.copyOf(excluded);
  }

  @Override
  public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
    return new Groups(groups);
  }

  private boolean isMember(String name) {
    if (this.excluded.stream().anyMatch((e) -> name.equals(e) || name.startsWith(e + "/"))) {
      return false;
    }
    return name.equals(this.member) || name.startsWith(this.member + "/");
  }

  private final class Groups implements HealthEndpointGroups, AdditionalPathsMapper {

    private final HealthEndpointGroups delegate;

    private final Set<String> names;

    Groups(HealthEndpointGroups delegate) {
      this.delegate = delegate;
      this.names = new LinkedHashSet<>(delegate.getNames());
      this.names.add(READINESS);
    }

    @Override
    public HealthEndpointGroup getPrimary() {
      return this.delegate.getPrimary();
    }

    @Override
    public Set<String> getNames() {
      return this.names;
    }

    @Override
    public @Nullable HealthEndpointGroup get(String name) {
      HealthEndpointGroup group = this.delegate.get(name);
      if (!READINESS.equals(name)) {
        return group;
      }
      return new Readiness(group);
    }

    @Override
    public @Nullable List<String> getAdditionalPaths(
        EndpointId endpointId, WebServerNamespace webServerNamespace) {
      return (this.delegate instanceof AdditionalPathsMapper mapper)
          ? mapper.getAdditionalPaths(endpointId, webServerNamespace)
          : null;
    }
  }

  /** The readiness group with the member added; Boot's probe group defaults when none exists. */
  private final class Readiness implements HealthEndpointGroup {

    private final @Nullable HealthEndpointGroup delegate;

    Readiness(@Nullable HealthEndpointGroup delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean isMember(String name) {
      return TemporalReadinessGroupPostProcessor.this.isMember(name)
          || ((this.delegate != null)
              ? this.delegate.isMember(name)
              : "readinessState".equals(name));
    }

    @Override
    public boolean showComponents(SecurityContext securityContext) {
      return this.delegate != null && this.delegate.showComponents(securityContext);
    }

    @Override
    public boolean showDetails(SecurityContext securityContext) {
      return this.delegate != null && this.delegate.showDetails(securityContext);
    }

    @Override
    public StatusAggregator getStatusAggregator() {
      return (this.delegate != null)
          ? this.delegate.getStatusAggregator()
          : StatusAggregator.getDefault();
    }

    @Override
    public HttpCodeStatusMapper getHttpCodeStatusMapper() {
      return (this.delegate != null)
          ? this.delegate.getHttpCodeStatusMapper()
          : HttpCodeStatusMapper.DEFAULT;
    }

    @Override
    public @Nullable AdditionalHealthEndpointPath getAdditionalPath() {
      return (this.delegate != null) ? this.delegate.getAdditionalPath() : null;
    }
  }
}
