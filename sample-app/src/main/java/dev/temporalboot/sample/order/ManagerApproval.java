package dev.temporalboot.sample.order;

import io.temporal.workflow.Workflow;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Workflow state: a manager's decision on a large order, as the order's signals deliver it. */
final class ManagerApproval {

  private static final Duration WINDOW = Duration.ofDays(3);

  private @Nullable String approvedBy;

  private @Nullable String rejection;

  void approve(String manager) {
    this.approvedBy = manager;
  }

  void reject(String reason) {
    this.rejection = "rejected by a manager: " + reason;
  }

  /** Waits, durably, for a decision; none within the window counts as a rejection. */
  boolean await() {
    boolean decided =
        Workflow.await(WINDOW, () -> this.approvedBy != null || this.rejection != null);
    if (!decided) {
      this.rejection = "no manager approved it within " + WINDOW.toDays() + " days";
    }
    return this.rejection == null;
  }

  /** Why the order was not approved. */
  @Nullable String rejection() {
    return this.rejection;
  }
}
