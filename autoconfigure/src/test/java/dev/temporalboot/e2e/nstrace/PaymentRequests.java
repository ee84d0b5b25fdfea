package dev.temporalboot.e2e.nstrace;

import io.temporal.activity.ActivityInterface;

/** The checkout's way into billing: an activity that runs billing's payment workflow. */
@ActivityInterface
public interface PaymentRequests {

  String requestPayment(String order);
}
