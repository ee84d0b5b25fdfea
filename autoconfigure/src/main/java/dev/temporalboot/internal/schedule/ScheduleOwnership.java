package dev.temporalboot.internal.schedule;

import com.google.protobuf.ByteString;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.schedule.v1.Schedule;
import io.temporal.api.workflowservice.v1.DescribeScheduleResponse;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.interceptors.Header;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a schedule records that this application created it, and from which declaration, in places a
 * real cluster keeps: the schedule's memo names the owner (set at creation, which is the only time
 * a client can set a schedule's memo), and a header of its start-workflow action carries the hash
 * of the declaration (replaced by each update; workers ignore headers they do not know).
 */
final class ScheduleOwnership {

  /** The memo key naming the application that created the schedule. */
  static final String OWNER_MEMO = "temporal-boot.owner";

  /** The action header holding the hash of the declaration the schedule was last written from. */
  static final String HASH_HEADER = "temporal-boot-schedule-hash";

  private ScheduleOwnership() {}

  static Map<String, Object> memo(String owner) {
    return Map.of(OWNER_MEMO, owner);
  }

  static Header header(String hash) {
    return new Header(Map.of(HASH_HEADER, json(hash)));
  }

  /**
   * The owner the schedule's memo names, or null when it has none or another converter wrote it.
   */
  static @Nullable String owner(DescribeScheduleResponse description, DataConverter converter) {
    Payload payload = description.getMemo().getFieldsMap().get(OWNER_MEMO);
    if (payload == null) {
      return null;
    }
    try {
      return converter.fromPayload(payload, String.class, String.class);
    } catch (RuntimeException ex) {
      return null;
    }
  }

  /** The declaration hash the schedule carries, or null. */
  static @Nullable String hash(DescribeScheduleResponse description) {
    Schedule schedule = description.getSchedule();
    Payload payload =
        schedule.getAction().getStartWorkflow().getHeader().getFieldsMap().get(HASH_HEADER);
    if (payload == null) {
      return null;
    }
    String data = payload.getData().toStringUtf8();
    return (data.length() >= 2) ? data.substring(1, data.length() - 1) : null;
  }

  private static Payload json(String text) {
    return Payload.newBuilder()
        .putMetadata("encoding", ByteString.copyFromUtf8("json/plain"))
        .setData(ByteString.copyFrom("\"" + text + "\"", StandardCharsets.UTF_8))
        .build();
  }
}
