package dev.temporalboot.sample.payment;

/**
 * What an order costs, and whether a manager must approve it first.
 *
 * @param totalCents the order's price
 * @param needsApproval whether the price is over the approval limit
 */
public record Quote(long totalCents, boolean needsApproval) {}
