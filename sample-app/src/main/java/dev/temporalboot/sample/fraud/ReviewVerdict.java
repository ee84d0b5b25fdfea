package dev.temporalboot.sample.fraud;

/**
 * An analyst's verdict on an order.
 *
 * @param approved whether the order may go on
 * @param analyst who decided, or {@code nobody} when the review timed out
 * @param note why
 */
public record ReviewVerdict(boolean approved, String analyst, String note) {}
