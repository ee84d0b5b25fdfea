package dev.temporalboot.sample.report;

import java.time.Instant;
import java.util.List;

/**
 * One run of the low-stock report.
 *
 * @param at when it ran
 * @param threshold SKUs with fewer items than this are low
 * @param lowStock the SKUs that were low
 */
public record StockReport(Instant at, int threshold, List<String> lowStock) {}
