package dev.temporalboot.sample.web;

import dev.temporalboot.sample.order.OrderResult;
import dev.temporalboot.sample.order.OrderStage;
import org.jspecify.annotations.Nullable;

/**
 * An order as {@code GET /orders/{id}} shows it.
 *
 * @param orderId the order
 * @param status the workflow's status: RUNNING, COMPLETED...
 * @param stage the order's stage, from a query
 * @param summary the memo given at start
 * @param customerTier the search attribute given at start
 * @param result how the order ended, once it has
 */
public record OrderView(
    String orderId,
    String status,
    OrderStage stage,
    @Nullable String summary,
    @Nullable String customerTier,
    @Nullable OrderResult result) {}
