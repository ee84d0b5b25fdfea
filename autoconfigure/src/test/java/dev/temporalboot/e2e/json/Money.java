package dev.temporalboot.e2e.json;

import java.math.BigDecimal;

/** An amount that the application's Jackson module writes as text, e.g. "EUR 12.50". */
public record Money(String currency, BigDecimal amount) {

  static Money parse(String text) {
    String[] parts = text.split(" ");
    return new Money(parts[0], new BigDecimal(parts[1]));
  }

  @Override
  public String toString() {
    return this.currency + " " + this.amount.toPlainString();
  }
}
