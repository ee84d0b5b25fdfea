package dev.temporalboot.sample.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.sample.SampleHttpTests;
import dev.temporalboot.sample.order.OrderResult;
import dev.temporalboot.sample.web.LoyaltyController.Account;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A long-running workflow per customer: signals, a query, an update, and continue-as-new. */
class LoyaltyTests extends SampleHttpTests {

  @Autowired Vouchers vouchers;

  @Test
  void completedOrderSignalsTheCustomersAccountByWorkflowId() {
    String customer = enrolled();

    OrderResult result = place(order(customer, "BOOK-1", 2));

    assertThat(result.loyaltyPoints()).isEqualTo(39);
    awaitPoints(customer, 39);
  }

  @Test
  void customerWithoutAnAccountStillGetsTheOrder() {
    OrderResult result = place(order(unique("walk-in"), "BOOK-1", 2));

    assertThat(result.status().name()).isEqualTo("COMPLETED");
    assertThat(result.loyaltyPoints()).isZero();
  }

  @Test
  void redemptionAnswersWithAVoucher() {
    String customer = enrolled();
    bonus(customer, 100);
    awaitPoints(customer, 100);

    ResponseEntity<Voucher> voucher =
        post("/loyalty/" + customer + "/redemptions", Map.of("points", 30), Voucher.class);

    assertThat(voucher.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(voucher.getBody().pointsLeft()).isEqualTo(70);
    assertThat(this.vouchers.pointsOf(voucher.getBody().code())).isEqualTo(30);
    assertThat(account(customer).points()).isEqualTo(70);
  }

  @Test
  void redemptionOverTheBalanceIsRefusedWithoutATrace() {
    String customer = enrolled();
    bonus(customer, 10);
    awaitPoints(customer, 10);

    ResponseEntity<Map> refused =
        post("/loyalty/" + customer + "/redemptions", Map.of("points", 50), Map.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody())
        .containsEntry("detail", "cannot redeem 50 points: the balance is 10");
    assertThat(history(LoyaltyWorkflow.workflowId(customer)))
        .extracting(HistoryEvent::getEventType)
        .doesNotContain(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED);
    assertThat(account(customer).points()).isEqualTo(10);
  }

  @Test
  void accountContinuesAsNewAndCarriesItsBalance() {
    String customer = enrolled();
    String firstRun = account(customer).runId();
    String run = firstRun;
    for (int continued = 0; continued < 2; continued++) {
      for (int i = 0; i < LoyaltyWorkflowImpl.EVENTS_PER_RUN; i++) {
        bonus(customer, 10);
      }
      run = awaitRunAfter(customer, run);
    }
    bonus(customer, 20);

    awaitPoints(customer, 120);
    Account account = account(customer);
    assertThat(account.firstRunId()).isEqualTo(firstRun);
    assertThat(runsOf(LoyaltyWorkflow.workflowId(customer), account.runId()))
        .hasSize(3)
        .endsWith(firstRun);
  }

  private String enrolled() {
    String customer = unique("cust");
    assertThat(post("/loyalty/" + customer, Map.of(), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    return customer;
  }

  private void bonus(String customer, int points) {
    post("/loyalty/" + customer + "/bonus", new PointsEarned(points, "goodwill"), Map.class);
  }

  private Account account(String customer) {
    return this.http.get().uri("/loyalty/{id}", customer).retrieve().body(Account.class);
  }

  private void awaitPoints(String customer, int points) {
    await().atMost(Duration.ofSeconds(10)).until(() -> account(customer).points() == points);
  }

  private String awaitRunAfter(String customer, String run) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> account(customer).runId(), (current) -> !current.equals(run));
  }

  /** Follows the chain of runs back from the current one, through each run's start event. */
  private List<String> runsOf(String workflowId, String lastRunId) {
    List<String> runs = new ArrayList<>();
    for (String run = lastRunId; !run.isEmpty(); ) {
      runs.add(run);
      run =
          this.client
              .fetchHistory(workflowId, run)
              .getEvents()
              .get(0)
              .getWorkflowExecutionStartedEventAttributes()
              .getContinuedExecutionRunId();
    }
    return runs;
  }
}
