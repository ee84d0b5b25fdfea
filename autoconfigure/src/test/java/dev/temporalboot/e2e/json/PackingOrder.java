package dev.temporalboot.e2e.json;

import java.time.OffsetDateTime;

/** The workflow's argument. */
public record PackingOrder(String orderId, Money orderTotal, OffsetDateTime placedAt) {}
