package dev.temporalboot.internal.actuate;

import io.temporal.serviceclient.Version;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds {@code temporal} to {@code /actuator/info}: SDK version, namespace and task queues, and the
 * same for each {@code temporal.namespaces} entry under {@code namespaces}.
 */
public class TemporalInfoContributor implements InfoContributor {

  private final String namespace;

  private final Supplier<List<String>> taskQueues;

  private final List<AliasNamespace> aliases;

  /**
   * Creates the contributor.
   *
   * @param namespace the namespace the client uses
   * @param taskQueues the task queues this application's workers poll, read on each call since
   *     workers are planned after the contributor exists
   * @param aliases the {@code temporal.namespaces} entries, in order
   */
  public TemporalInfoContributor(
      String namespace, Supplier<List<String>> taskQueues, List<AliasNamespace> aliases) {
    this.namespace = namespace;
    this.taskQueues = taskQueues;
    this.aliases = List.copyOf(aliases);
  }

  @Override
  public void contribute(Info.Builder builder) {
    Map<String, Object> temporal = new LinkedHashMap<>();
    temporal.put("sdkVersion", Version.LIBRARY_VERSION);
    temporal.put("namespace", this.namespace);
    temporal.put("taskQueues", this.taskQueues.get());
    if (!this.aliases.isEmpty()) {
      Map<String, Object> namespaces = new LinkedHashMap<>();
      for (AliasNamespace alias : this.aliases) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("namespace", alias.namespace().name());
        entry.put(
            "taskQueues",
            (alias.assembly() != null) ? alias.assembly().plan().taskQueues() : List.of());
        namespaces.put(alias.alias(), entry);
      }
      temporal.put("namespaces", namespaces);
    }
    builder.withDetail("temporal", temporal);
  }
}
