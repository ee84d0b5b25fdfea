package dev.temporalboot.sample.loyalty;

/**
 * The state a loyalty account carries from one run to the next.
 *
 * @param customerId whose account
 * @param points the balance
 */
public record LoyaltyAccount(String customerId, int points) {}
