package dev.temporalboot.sample.order;

import dev.temporalboot.ActivityStub;
import dev.temporalboot.WorkflowImpl;
import dev.temporalboot.sample.fraud.FraudService;
import dev.temporalboot.sample.fraud.ReviewVerdict;
import dev.temporalboot.sample.fraud.RiskScore;
import dev.temporalboot.sample.fraud.Screening;
import dev.temporalboot.sample.inventory.InventoryActivities;
import dev.temporalboot.sample.payment.PaymentActivities;
import dev.temporalboot.sample.payment.PaymentDeclinedException;
import dev.temporalboot.sample.payment.PricingActivities;
import dev.temporalboot.sample.payment.Quote;
import dev.temporalboot.sample.shipment.Parcel;
import dev.temporalboot.sample.shipment.ShipmentWorkflow;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Workflow;
import org.jspecify.annotations.Nullable;

/**
 * The order saga. Its activity stubs are injected, with their options in application.yml; a new
 * instance runs each order, so fields are that order's state.
 */
@WorkflowImpl(taskQueues = "${sample.orders-queue:orders}")
public class OrderWorkflowImpl implements OrderWorkflow {

  private final PricingActivities pricing;

  private final InventoryActivities inventory;

  private final PaymentActivities payments;

  private final PaymentActivities refunds;

  private final FraudService fraud;

  private final ManagerApproval approval = new ManagerApproval();

  private OrderStage stage = OrderStage.RECEIVED;

  private @Nullable String address;

  public OrderWorkflowImpl(
      PricingActivities pricing,
      InventoryActivities inventory,
      PaymentActivities payments,
      // Code wins over YAML here: money owed back is retried until it is paid, not 3 times.
      @ActivityStub(scheduleToCloseTimeout = "7d", maximumAttempts = "0") PaymentActivities refunds,
      // Another team's Nexus service: a stub with its endpoint and timeouts from application.yml.
      FraudService fraud) {
    this.pricing = pricing;
    this.inventory = inventory;
    this.payments = payments;
    this.refunds = refunds;
    this.fraud = fraud;
  }

  @Override
  public OrderResult process(Order order) {
    this.address = order.address();
    try {
      return fulfil(order);
    } catch (TemporalFailure failure) {
      if (!CancellationScope.current().isCancelRequested()) {
        throw failure;
      }
      // This scope is cancelled, so its activities would be too: undo in a detached scope.
      Workflow.newDetachedCancellationScope(() -> undo(order.orderId())).run();
      this.stage = OrderStage.CANCELED;
      throw failure; // the workflow ends as cancelled
    }
  }

  private OrderResult fulfil(Order order) {
    String id = order.orderId();
    this.stage = OrderStage.RESERVING;
    Quote quote = this.pricing.quote(order.customerId(), order.sku(), order.quantity());
    if (!this.inventory.reserve(id, order.sku(), order.quantity())) {
      return end(OrderResult.rejected(id, "out of stock: " + order.sku()));
    }
    if (quote.needsApproval()) {
      this.stage = OrderStage.AWAITING_APPROVAL;
      if (!this.approval.await()) {
        this.inventory.release(id);
        return end(OrderResult.rejected(id, this.approval.rejection()));
      }
    }
    String fraudRejection = fraudRejection(order, quote);
    if (fraudRejection != null) {
      this.inventory.release(id);
      return end(OrderResult.rejected(id, fraudRejection));
    }
    this.stage = OrderStage.CHARGING;
    long charged;
    try {
      charged = this.payments.charge(id, order.customerId(), quote.totalCents());
    } catch (ActivityFailure failure) {
      if (!(failure.getCause() instanceof ApplicationFailure declined)
          || !declined.getType().equals(PaymentDeclinedException.class.getName())) {
        throw failure;
      }
      this.inventory.release(id);
      return end(OrderResult.rejected(id, "payment declined: " + declined.getOriginalMessage()));
    }
    this.stage = OrderStage.SHIPPING;
    String tracking =
        shipment(id).ship(new Parcel(id, order.sku(), order.quantity(), this.address));
    int points = LoyaltyCredit.credit(order.customerId(), id, charged);
    return end(OrderResult.completed(id, charged, tracking, points));
  }

  /**
   * Asks the fraud team, through its Nexus endpoint: a quick score, and for a risky order an
   * analyst's review, which may take a day. Added while orders were running, so it is versioned:
   * orders that started before it replay without it (OrderReplayTests).
   */
  private @Nullable String fraudRejection(Order order, Quote quote) {
    if (Workflow.getVersion("fraud-screening", Workflow.DEFAULT_VERSION, 1)
        == Workflow.DEFAULT_VERSION) {
      return null;
    }
    Screening screening =
        new Screening(order.orderId(), order.customerId(), quote.totalCents(), order.address());
    RiskScore risk = this.fraud.score(screening);
    if (!risk.needsReview()) {
      return null;
    }
    this.stage = OrderStage.FRAUD_REVIEW;
    ReviewVerdict verdict = this.fraud.review(screening);
    return verdict.approved()
        ? null
        : "rejected by fraud review (" + verdict.analyst() + "): " + verdict.note();
  }

  private static ShipmentWorkflow shipment(String orderId) {
    return Workflow.newChildWorkflowStub(
        ShipmentWorkflow.class,
        ChildWorkflowOptions.newBuilder()
            .setWorkflowId(ShipmentWorkflow.workflowId(orderId))
            .build());
  }

  /** Both are no-ops when there is nothing to undo, which covers a charge still in flight. */
  private void undo(String orderId) {
    this.refunds.refund(orderId);
    this.inventory.release(orderId);
  }

  private OrderResult end(OrderResult result) {
    this.stage = result.status();
    return result;
  }

  @Override
  public void approve(String manager) {
    this.approval.approve(manager);
  }

  @Override
  public void reject(String reason) {
    this.approval.reject(reason);
  }

  @Override
  public OrderStage stage() {
    return this.stage;
  }

  @Override
  public String changeAddress(String address) {
    this.address = address;
    return address;
  }

  @Override
  public void validateAddressChange(String address) {
    if (this.stage.isShippedOrOver()) {
      throw new IllegalStateException("the order is " + this.stage + ": too late to change");
    }
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException("the address is empty");
    }
  }
}
