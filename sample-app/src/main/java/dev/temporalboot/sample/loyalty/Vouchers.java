package dev.temporalboot.sample.loyalty;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Issued vouchers, in memory. */
@Component
public class Vouchers {

  private final Map<String, String> codesByRequest = new ConcurrentHashMap<>();

  private final Map<String, Integer> pointsByCode = new ConcurrentHashMap<>();

  private final AtomicInteger sequence = new AtomicInteger(1000);

  /** Issues one voucher per request id; the same request id gets the same code back. */
  public String issue(String requestId, int points) {
    return this.codesByRequest.computeIfAbsent(
        requestId,
        (id) -> {
          String code = "V-" + this.sequence.incrementAndGet();
          this.pointsByCode.put(code, points);
          return code;
        });
  }

  /** The points a voucher is worth, 0 for an unknown code. */
  public int pointsOf(String code) {
    return this.pointsByCode.getOrDefault(code, 0);
  }
}
