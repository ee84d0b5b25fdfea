package dev.temporalboot.internal.embedded.visibility;

import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_INT;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST;

import io.temporal.api.enums.v1.IndexedValueType;
import java.util.Map;

/**
 * The search attributes a real cluster defines in every namespace, with their types: the system
 * ones it keeps on every execution and the predefined ones it lets queries name.
 */
public final class SystemSearchAttributes {

  static final String EXECUTION_STATUS = "ExecutionStatus";

  static final String EXECUTION_DURATION = "ExecutionDuration";

  /** Name to type, as {@code sadefs} in the server declares them (system and whitelisted). */
  public static final Map<String, IndexedValueType> TYPES =
      Map.ofEntries(
          Map.entry("WorkflowId", INDEXED_VALUE_TYPE_KEYWORD),
          Map.entry("RunId", INDEXED_VALUE_TYPE_KEYWORD),
          Map.entry("WorkflowType", INDEXED_VALUE_TYPE_KEYWORD),
          Map.entry(EXECUTION_STATUS, INDEXED_VALUE_TYPE_KEYWORD),
          Map.entry("StartTime", INDEXED_VALUE_TYPE_DATETIME),
          Map.entry("CloseTime", INDEXED_VALUE_TYPE_DATETIME),
          Map.entry("ExecutionTime", INDEXED_VALUE_TYPE_DATETIME),
          Map.entry(EXECUTION_DURATION, INDEXED_VALUE_TYPE_INT),
          Map.entry("HistoryLength", INDEXED_VALUE_TYPE_INT),
          Map.entry("HistorySizeBytes", INDEXED_VALUE_TYPE_INT),
          Map.entry("StateTransitionCount", INDEXED_VALUE_TYPE_INT),
          Map.entry("TaskQueue", INDEXED_VALUE_TYPE_KEYWORD),
          Map.entry("ParentWorkflowId", INDEXED_VALUE_TYPE_KEYWORD),
          Map.entry("ParentRunId", INDEXED_VALUE_TYPE_KEYWORD),
          Map.entry("RootWorkflowId", INDEXED_VALUE_TYPE_KEYWORD),
          Map.entry("RootRunId", INDEXED_VALUE_TYPE_KEYWORD),
          Map.entry("BuildIds", INDEXED_VALUE_TYPE_KEYWORD_LIST),
          Map.entry("TemporalChangeVersion", INDEXED_VALUE_TYPE_KEYWORD_LIST),
          Map.entry("BinaryChecksums", INDEXED_VALUE_TYPE_KEYWORD_LIST),
          Map.entry("BatcherNamespace", INDEXED_VALUE_TYPE_KEYWORD),
          Map.entry("BatcherUser", INDEXED_VALUE_TYPE_KEYWORD),
          Map.entry("TemporalScheduledStartTime", INDEXED_VALUE_TYPE_DATETIME),
          Map.entry("TemporalScheduledById", INDEXED_VALUE_TYPE_KEYWORD),
          Map.entry("TemporalSchedulePaused", INDEXED_VALUE_TYPE_BOOL),
          Map.entry("TemporalPauseInfo", INDEXED_VALUE_TYPE_KEYWORD_LIST),
          Map.entry("TemporalReportedProblems", INDEXED_VALUE_TYPE_KEYWORD_LIST));

  private SystemSearchAttributes() {}
}
