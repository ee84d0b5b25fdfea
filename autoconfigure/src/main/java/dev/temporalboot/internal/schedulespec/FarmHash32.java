package dev.temporalboot.internal.schedulespec;

/** Google's FarmHash {@code Fingerprint32} (the farmhashmk 32-bit hash), which the server uses. */
final class FarmHash32 {

  private static final int C1 = 0xcc9e2d51;
  private static final int C2 = 0x1b873593;
  private static final int MIX = 0xe6546b64;

  private FarmHash32() {}

  static int fingerprint(byte[] s) {
    int len = s.length;
    if (len <= 4) {
      return upTo4(s);
    }
    if (len <= 12) {
      return upTo12(s);
    }
    if (len <= 24) {
      return upTo24(s);
    }
    int h = len;
    int g = C1 * len;
    int f = g;
    int a0 = scramble(word(s, len - 4));
    int a1 = scramble(word(s, len - 8));
    int a2 = scramble(word(s, len - 16));
    int a3 = scramble(word(s, len - 12));
    int a4 = scramble(word(s, len - 20));
    h = Integer.rotateRight(h ^ a0, 19) * 5 + MIX;
    h = Integer.rotateRight(h ^ a2, 19) * 5 + MIX;
    g = Integer.rotateRight(g ^ a1, 19) * 5 + MIX;
    g = Integer.rotateRight(g ^ a3, 19) * 5 + MIX;
    f = Integer.rotateRight(f + a4, 19) + 113;
    for (int at = 0; len - at > 20; at += 20) {
      int a = word(s, at);
      int b = word(s, at + 4);
      int c = word(s, at + 8);
      int d = word(s, at + 12);
      int e = word(s, at + 16);
      h += a;
      g += b;
      f += c;
      h = mur(d, h) + e;
      g = mur(c, g) + a;
      f = mur(b + e * C1, f) + d;
      f += g;
      g += f;
    }
    g = Integer.rotateRight(Integer.rotateRight(g, 11) * C1, 17) * C1;
    f = Integer.rotateRight(Integer.rotateRight(f, 11) * C1, 17) * C1;
    h = Integer.rotateRight(h + g, 19) * 5 + MIX;
    h = Integer.rotateRight(h, 17) * C1;
    h = Integer.rotateRight(h + f, 19) * 5 + MIX;
    return Integer.rotateRight(h, 17) * C1;
  }

  private static int upTo4(byte[] s) {
    int b = 0;
    int c = 9;
    for (byte v : s) {
      b = b * C1 + v; // signed bytes, as the reference does
      c ^= b;
    }
    return fmix(mur(b, mur(s.length, c)));
  }

  private static int upTo12(byte[] s) {
    int len = s.length;
    int a = len + word(s, 0);
    int b = len * 5 + word(s, len - 4);
    int c = 9 + word(s, (len >>> 1) & 4);
    int d = len * 5;
    return fmix(mur(c, mur(b, mur(a, d))));
  }

  private static int upTo24(byte[] s) {
    int len = s.length;
    int a = word(s, (len >>> 1) - 4);
    int b = word(s, 4);
    int c = word(s, len - 8);
    int d = word(s, len >>> 1);
    int e = word(s, 0);
    int f = word(s, len - 4);
    int h = d * C1 + len;
    a = Integer.rotateRight(a, 12) + f;
    h = mur(c, h) + a;
    a = Integer.rotateRight(a, 3) + c;
    h = mur(e, h) + a;
    a = Integer.rotateRight(a + f, 12) + d;
    h = mur(b, h) + a;
    return fmix(h);
  }

  private static int scramble(int v) {
    return Integer.rotateRight(v * C1, 17) * C2;
  }

  private static int mur(int a, int h) {
    int x = h ^ scramble(a);
    return Integer.rotateRight(x, 19) * 5 + MIX;
  }

  private static int fmix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  private static int word(byte[] s, int at) {
    return (s[at] & 0xff)
        | (s[at + 1] & 0xff) << 8
        | (s[at + 2] & 0xff) << 16
        | (s[at + 3] & 0xff) << 24;
  }
}
