package dev.temporalboot.sample.fraud;

import io.nexusrpc.Operation;
import io.nexusrpc.Service;

/**
 * The fraud team's Nexus service: the contract between that team and the teams that call it. A
 * caller reaches it through the {@code fraud} endpoint, never through the fraud team's task queue,
 * so the fraud team may move its workers (another queue, another namespace) without telling anyone.
 */
@Service
public interface FraudService {

  /** Scores an order at once: a synchronous operation. */
  @Operation
  RiskScore score(Screening screening);

  /**
   * Has an analyst review an order: an asynchronous operation backed by a {@link
   * FraudReviewWorkflow}, which may wait a day for the analyst.
   */
  @Operation
  ReviewVerdict review(Screening screening);
}
