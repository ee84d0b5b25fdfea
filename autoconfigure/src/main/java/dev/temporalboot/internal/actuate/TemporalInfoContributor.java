package dev.temporalboot.internal.actuate;

import io.temporal.serviceclient.Version;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/** Adds {@code temporal} to {@code /actuator/info}: SDK version, namespace and task queues. */
public class TemporalInfoContributor implements InfoContributor {

  private final String namespace;

  private final Supplier<List<String>> taskQueues;

  /**
   * Creates the contributor.
   *
   * @param namespace the namespace the client uses
   * @param taskQueues the task queues this application's workers poll, read on each call since
   *     workers are planned after the contributor exists
   */
  public TemporalInfoContributor(String namespace, Supplier<List<String>> taskQueues) {
    this.namespace = namespace;
    this.taskQueues = taskQueues;
  }

  @Override
  public void contribute(Info.Builder builder) {
    Map<String, Object> temporal = new LinkedHashMap<>();
    temporal.put("sdkVersion", Version.LIBRARY_VERSION);
    temporal.put("namespace", this.namespace);
    temporal.put("taskQueues", this.taskQueues.get());
    builder.withDetail("temporal", temporal);
  }
}
