package dev.temporalboot.sample.fraud;

/**
 * The fraud team's quick verdict on an order.
 *
 * @param points from 0 (no risk) to 100
 * @param needsReview whether an analyst must look at it before it is charged
 * @param reason why it scored so
 */
public record RiskScore(int points, boolean needsReview, String reason) {}
