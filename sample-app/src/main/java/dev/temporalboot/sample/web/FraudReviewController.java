package dev.temporalboot.sample.web;

import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.sample.fraud.FraudReviewWorkflow;
import dev.temporalboot.sample.fraud.ReviewVerdict;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The fraud team's back office: an analyst decides a review, which the review workflow awaits in
 * the fraud team's namespace, reached through its qualified beans.
 */
@RestController
@RequestMapping("/fraud/reviews/{orderId}")
public class FraudReviewController {

  private final TemporalWorkflows workflows;

  public FraudReviewController(@Qualifier("fraud") TemporalWorkflows workflows) {
    this.workflows = workflows;
  }

  /** A query: whether the review still waits for an analyst. */
  @GetMapping
  public Review review(@PathVariable String orderId) {
    return new Review(orderId, reviewOf(orderId).pending());
  }

  /** A signal to the review workflow; its verdict goes back to the order through Nexus. */
  @PostMapping
  public ResponseEntity<Review> decide(
      @PathVariable String orderId, @RequestBody ReviewVerdict verdict) {
    reviewOf(orderId).decide(verdict);
    return ResponseEntity.accepted().body(new Review(orderId, false));
  }

  private FraudReviewWorkflow reviewOf(String orderId) {
    return this.workflows.existing(
        FraudReviewWorkflow.class, FraudReviewWorkflow.workflowId(orderId));
  }

  /**
   * @param orderId the order under review
   * @param pending whether it still waits for an analyst
   */
  public record Review(String orderId, boolean pending) {}
}
