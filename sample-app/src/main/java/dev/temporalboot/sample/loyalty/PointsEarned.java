package dev.temporalboot.sample.loyalty;

/**
 * Points credited to an account.
 *
 * @param points how many
 * @param reason why, e.g. the order that earned them
 */
public record PointsEarned(int points, String reason) {}
