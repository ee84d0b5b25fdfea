package dev.temporalboot.test.app;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/** A workflow argument with the types whose JSON differs most between Jackson generations. */
public record Quote(
    String id,
    Instant requestedAt,
    LocalDate validUntil,
    LocalDateTime pickupAt,
    OffsetDateTime deliverBy,
    ZonedDateTime confirmedAt,
    Duration leadTime,
    BigDecimal amount,
    Optional<String> note,
    Optional<String> giftMessage,
    String reference) {}
