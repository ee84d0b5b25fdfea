package dev.temporalboot.sample.report;

import java.time.Instant;
import java.util.List;

/**
 * One run of the low-stock report.
 *
 * @param workflowId the run's workflow: {@code low-stock-report-<time>} from the schedule, {@code
 *     low-stock-cron} from the cron workflow
 * @param at when it ran, on the server's clock
 * @param threshold SKUs with fewer items than this are low
 * @param lowStock the SKUs that were low
 */
public record StockReport(String workflowId, Instant at, int threshold, List<String> lowStock) {}
