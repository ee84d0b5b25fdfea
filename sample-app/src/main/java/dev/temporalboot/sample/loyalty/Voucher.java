package dev.temporalboot.sample.loyalty;

/**
 * Points turned into a voucher.
 *
 * @param code the voucher code
 * @param points the points it cost
 * @param pointsLeft the balance after it
 */
public record Voucher(String code, int points, int pointsLeft) {}
