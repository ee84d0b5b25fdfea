package dev.temporalboot.sample.web;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.sample.loyalty.LoyaltyAccount;
import dev.temporalboot.sample.loyalty.LoyaltyWorkflow;
import dev.temporalboot.sample.loyalty.PointsEarned;
import dev.temporalboot.sample.loyalty.Voucher;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Loyalty accounts: one long-running workflow per customer. */
@RestController
@RequestMapping("/loyalty/{customerId}")
public class LoyaltyController {

  private final TemporalWorkflows workflows;

  public LoyaltyController(TemporalWorkflows workflows) {
    this.workflows = workflows;
  }

  /** Enrols a customer: starts the account's workflow, which runs until terminated. */
  @PostMapping
  public ResponseEntity<Account> enrol(@PathVariable String customerId) {
    LoyaltyWorkflow workflow =
        this.workflows.newStub(LoyaltyWorkflow.class, LoyaltyWorkflow.workflowId(customerId));
    WorkflowExecution execution =
        WorkflowClient.start(workflow::run, new LoyaltyAccount(customerId, 0));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new Account(customerId, 0, execution.getRunId(), execution.getRunId()));
  }

  /** The balance, from a query, and which run of the account's workflow is current. */
  @GetMapping
  public Account account(@PathVariable String customerId) {
    String workflowId = LoyaltyWorkflow.workflowId(customerId);
    WorkflowExecutionDescription description =
        this.workflows.stub(LoyaltyWorkflow.class, workflowId).describe();
    int points = stub(workflowId).points();
    return new Account(
        customerId, points, description.getExecution().getRunId(), description.getFirstRunId());
  }

  /** Signals extra points, e.g. a goodwill gesture from customer service. */
  @PostMapping("/bonus")
  public ResponseEntity<PointsEarned> bonus(
      @PathVariable String customerId, @RequestBody PointsEarned bonus) {
    stub(LoyaltyWorkflow.workflowId(customerId)).earn(bonus);
    return ResponseEntity.accepted().body(bonus);
  }

  /** Redeems points through an update: refused without a trace when the balance is too low. */
  @PostMapping("/redemptions")
  public Voucher redeem(@PathVariable String customerId, @RequestBody Redemption redemption) {
    return stub(LoyaltyWorkflow.workflowId(customerId)).redeem(redemption.points());
  }

  private LoyaltyWorkflow stub(String workflowId) {
    return this.workflows.existing(LoyaltyWorkflow.class, workflowId);
  }

  /**
   * @param customerId whose account
   * @param points the balance
   * @param runId the workflow run that holds the account now
   * @param firstRunId the run that started it, before any continue-as-new
   */
  public record Account(String customerId, int points, String runId, String firstRunId) {}

  /**
   * @param points how many points to turn into a voucher
   */
  public record Redemption(int points) {}
}
