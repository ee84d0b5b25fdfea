package dev.temporalboot.sample.web;

/** A filter of {@code GET /orders} the API does not take: answered 400 with the message. */
class InvalidFilterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidFilterException(String message) {
    super(message);
  }
}
