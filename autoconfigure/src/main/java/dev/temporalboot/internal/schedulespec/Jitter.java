package dev.temporalboot.internal.schedulespec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The server's jitter: a fraction of the allowed jitter, in milliseconds, taken from a 32-bit
 * FarmHash fingerprint of the nominal time (in Go's binary time encoding) and the schedule's jitter
 * seed, so the same schedule always runs at the same offsets.
 */
final class Jitter {

  /** Seconds from year 1 to the Unix epoch, where Go's binary encoding counts from. */
  private static final long YEAR_ONE_TO_EPOCH = 62_135_596_800L;

  private Jitter() {}

  /** Returns the nominal time plus its jitter, at most {@code max}. */
  static Instant add(String seed, Instant nominal, Duration max) {
    long maxMillis = Math.min(Math.max(max.toMillis(), 0), 0xFFFF_FFFFL);
    byte[] seedBytes = seed.getBytes(StandardCharsets.UTF_8);
    ByteBuffer bytes = ByteBuffer.allocate(15 + seedBytes.length);
    bytes.put((byte) 1); // Go's encoding version 1
    bytes.putLong(nominal.getEpochSecond() + YEAR_ONE_TO_EPOCH);
    bytes.putInt(nominal.getNano());
    bytes.putShort((short) -1); // the UTC location
    bytes.put(seedBytes);
    long fingerprint = Integer.toUnsignedLong(FarmHash32.fingerprint(bytes.array()));
    return nominal.plusMillis((fingerprint * maxMillis) >>> 32);
  }
}
