package dev.temporalboot.internal.schedulespec;

/** Integers as Go's {@code strconv.Atoi} reads them: an optional sign, then decimal digits. */
final class GoInts {

  private GoInts() {}

  /**
   * Reads an int.
   *
   * @throws IllegalArgumentException with Go's message
   */
  static int atoi(String s) {
    int digits = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    if (s.length() == digits) {
      throw syntax(s);
    }
    for (int i = digits; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        throw syntax(s);
      }
    }
    try {
      return Math.toIntExact(Long.parseLong(s));
    } catch (ArithmeticException | NumberFormatException ex) {
      throw new IllegalArgumentException(
          "strconv.Atoi: parsing \"" + s + "\": value out of range", ex);
    }
  }

  private static IllegalArgumentException syntax(String s) {
    return new IllegalArgumentException("strconv.Atoi: parsing \"" + s + "\": invalid syntax");
  }
}
