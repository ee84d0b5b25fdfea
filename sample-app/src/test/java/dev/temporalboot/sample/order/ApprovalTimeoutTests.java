package dev.temporalboot.sample.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.sample.SampleHttpTests;
import dev.temporalboot.sample.inventory.Warehouse;
import dev.temporalboot.test.TemporalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * With time skipping, the three days a large order waits for a manager pass while the request waits
 * for the result: the order is rejected and its stock given back, in seconds.
 */
@TemporalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApprovalTimeoutTests extends SampleHttpTests {

  @Autowired Warehouse warehouse;

  @Test
  void largeOrderNobodyApprovesIsRejectedAfterThreeDays() {
    int stockBefore = this.warehouse.available("BOOK-1");

    OrderResult result = place(order("ada", "BOOK-1", 6));

    assertThat(result.status()).isEqualTo(OrderStage.REJECTED);
    assertThat(result.reason()).isEqualTo("no manager approved it within 3 days");
    assertThat(this.warehouse.available("BOOK-1")).isEqualTo(stockBefore);
  }
}
