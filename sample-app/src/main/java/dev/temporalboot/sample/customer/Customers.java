package dev.temporalboot.sample.customer;

import java.util.List;
import org.springframework.stereotype.Component;

/** Customer records, standing in for a CRM: a customer's tier and credit limit. */
@Component
public class Customers {

  /** The tiers {@link #tierOf} gives. */
  public static final List<String> TIERS = List.of("standard", "gold");

  private static final long STANDARD_CREDIT_CENTS = 20_000;

  private static final long GOLD_CREDIT_CENTS = 100_000;

  /** {@code gold} for customers whose id starts with {@code vip-}, else {@code standard}. */
  public String tierOf(String customerId) {
    return customerId.startsWith("vip-") ? "gold" : "standard";
  }

  public long creditLimitCents(String customerId) {
    return "gold".equals(tierOf(customerId)) ? GOLD_CREDIT_CENTS : STANDARD_CREDIT_CENTS;
  }
}
