package dev.temporalboot.internal.embedded.schedule;

import io.grpc.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The schedules by namespace and id, and the ids deleted, for a real cluster's NOT_FOUND texts. */
final class ScheduleStore {

  // namespace -> schedule id -> schedule, sorted by id for listing
  private final Map<String, NavigableMap<String, ScheduleEntry>> byNamespace = new TreeMap<>();

  private final Set<String> deleted = new HashSet<>();

  /** The schedule, or NOT_FOUND as a real cluster answers for one it does not run. */
  ScheduleEntry get(String namespace, String id) {
    ScheduleEntry schedule = this.byNamespace.getOrDefault(namespace, new TreeMap<>()).get(id);
    if (schedule == null) {
      String description =
          this.deleted.contains(namespace + "\n" + id)
              ? "schedule not found"
              : "workflow not found for ID: temporal-sys-scheduler:" + id;
      throw Status.NOT_FOUND.withDescription(description).asRuntimeException();
    }
    return schedule;
  }

  @Nullable ScheduleEntry find(String namespace, String id) {
    return this.byNamespace.getOrDefault(namespace, new TreeMap<>()).get(id);
  }

  void add(ScheduleEntry schedule) {
    this.byNamespace
        .computeIfAbsent(schedule.namespace, (name) -> new TreeMap<>())
        .put(schedule.id, schedule);
    this.deleted.remove(schedule.namespace + "\n" + schedule.id);
  }

  void remove(ScheduleEntry schedule) {
    this.byNamespace.getOrDefault(schedule.namespace, new TreeMap<>()).remove(schedule.id);
    this.deleted.add(schedule.namespace + "\n" + schedule.id);
  }

  /** The schedules of a namespace with ids after the given one, sorted by id. */
  List<ScheduleEntry> list(String namespace, String after) {
    NavigableMap<String, ScheduleEntry> all =
        this.byNamespace.getOrDefault(namespace, new TreeMap<>());
    return new ArrayList<>((after.isEmpty() ? all : all.tailMap(after, false)).values());
  }

  /** Every schedule, in every namespace. */
  List<ScheduleEntry> all() {
    List<ScheduleEntry> all = new ArrayList<>();
    this.byNamespace.values().forEach((namespace) -> all.addAll(namespace.values()));
    return all;
  }
}
