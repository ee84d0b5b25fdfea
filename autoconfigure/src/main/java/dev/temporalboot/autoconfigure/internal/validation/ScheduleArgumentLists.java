package dev.temporalboot.autoconfigure.internal.validation;

import dev.temporalboot.autoconfigure.ScheduleProperties;
import dev.temporalboot.autoconfigure.ScheduleProperties.Arguments;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;

/**
 * Binds each schedule's {@code arguments} by Spring Boot's list rules, which their binding as a map
 * (so that an argument may be a structure) does not follow: the first property source that sets
 * them, by indexed keys or as one comma-separated value, gives the whole list. As a map, the
 * indexed keys of all sources would merge, and one value would be ignored under a YAML list.
 */
final class ScheduleArgumentLists {

  private ScheduleArgumentLists() {}

  static void bind(
      Map<String, ScheduleProperties> schedules,
      Iterable<ConfigurationPropertySource> sources,
      PlaceholdersResolver placeholders) {
    schedules.forEach(
        (id, schedule) -> {
          String prefix =
              id.contains(".") ? "temporal.schedules[" + id + "]" : "temporal.schedules." + id;
          ConfigurationPropertyName name =
              ConfigurationPropertyName.adapt(prefix + ".arguments", '.');
          for (ConfigurationPropertySource source : sources) {
            if (source.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT) {
              schedule.setArguments(
                  new Binder(List.of(source), placeholders)
                      .bind(name, Bindable.of(Arguments.class))
                      .orElseGet(Arguments::new));
              return;
            }
            ConfigurationProperty value = source.getConfigurationProperty(name);
            if (value != null) {
              Object resolved = placeholders.resolvePlaceholders(value.getValue());
              schedule.setArguments(new Arguments(String.valueOf(resolved)));
              return;
            }
          }
        });
  }
}
