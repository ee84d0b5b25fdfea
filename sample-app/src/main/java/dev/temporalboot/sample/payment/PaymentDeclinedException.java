package dev.temporalboot.sample.payment;

/** The customer's payment was refused: retrying will not help. */
public class PaymentDeclinedException extends RuntimeException {

  public PaymentDeclinedException(String message) {
    super(message);
  }
}
