package dev.temporalboot.sample.fraud;

/**
 * What the fraud team is told of an order.
 *
 * @param orderId the order
 * @param customerId who ordered
 * @param totalCents what the order costs
 * @param address where it goes
 */
public record Screening(String orderId, String customerId, long totalCents, String address) {}
