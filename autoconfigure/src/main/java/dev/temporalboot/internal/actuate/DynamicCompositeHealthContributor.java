package dev.temporalboot.internal.actuate;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;

/**
 * A composite whose members are decided at each health call, for members that exist only once the
 * workers are planned (the {@code nexus} check, only when the application names an endpoint).
 */
public final class DynamicCompositeHealthContributor implements CompositeHealthContributor {

  private final Supplier<Map<String, HealthContributor>> members;

  /**
   * Creates the composite.
   *
   * @param members the current members by name, in order
   */
  public DynamicCompositeHealthContributor(Supplier<Map<String, HealthContributor>> members) {
    this.members = members;
  }

  @Override
  public @Nullable HealthContributor getContributor(String name) {
    return this.members.get().get(name);
  }

  @Override
  public Stream<Entry> stream() {
    return this.members.get().entrySet().stream()
        .map((member) -> new Entry(member.getKey(), member.getValue()));
  }
}
