package dev.temporalboot.e2e.nexus.app;

import org.springframework.stereotype.Component;

/** An ordinary bean that a Nexus operation handler uses. */
@Component
public class FraudRules {

  public String verdict(String order) {
    return order.startsWith("fraud") ? "declined" : "approved";
  }
}
