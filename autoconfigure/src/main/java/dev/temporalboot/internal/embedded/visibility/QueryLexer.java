package dev.temporalboot.internal.embedded.visibility;

import java.util.ArrayList;
import java.util.List;

/** Splits a visibility query into tokens: words, quoted names, literals and operators. */
final class QueryLexer {

  /** Kinds of token; a backticked name is a {@code NAME}, a bare word a {@code WORD}. */
  enum Kind {
    WORD,
    NAME,
    STRING,
    NUMBER,
    SYMBOL,
    END
  }

  /** One token with the 1-based position after it, as the server's parser reports errors. */
  record Token(Kind kind, String text, int end) {

    boolean isWord(String word) {
      return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(String symbol) {
      return kind == Kind.SYMBOL && text.equals(symbol);
    }
  }

  private final String query;

  private int pos;

  private QueryLexer(String query) {
    this.query = query;
  }

  static List<Token> tokenize(String query) {
    QueryLexer lexer = new QueryLexer(query);
    List<Token> tokens = new ArrayList<>();
    Token token;
    do {
      token = lexer.next();
      tokens.add(token);
    } while (token.kind() != Kind.END);
    return tokens;
  }

  private Token next() {
    while (pos < query.length() && Character.isWhitespace(query.charAt(pos))) {
      pos++;
    }
    if (pos >= query.length()) {
      return new Token(Kind.END, "", pos + 1);
    }
    char c = query.charAt(pos);
    if (c == '\'' || c == '"') {
      return new Token(Kind.STRING, quoted(c), pos);
    }
    if (c == '`') {
      return new Token(Kind.NAME, quoted('`'), pos);
    }
    boolean negative = c == '-' && pos + 1 < query.length() && isDigit(query.charAt(pos + 1));
    if (isDigit(c) || negative) {
      return read(Kind.NUMBER, pos + 1, (ch) -> isDigit(ch) || ch == '.');
    }
    if (Character.isLetter(c) || c == '_') {
      return read(Kind.WORD, pos, (ch) -> Character.isLetterOrDigit(ch) || ch == '_');
    }
    for (String symbol : new String[] {"<=", ">=", "!=", "<>"}) {
      if (query.startsWith(symbol, pos)) {
        pos += 2;
        return new Token(Kind.SYMBOL, symbol.equals("<>") ? "!=" : symbol, pos);
      }
    }
    if ("=<>(),".indexOf(c) >= 0) {
      pos++;
      return new Token(Kind.SYMBOL, String.valueOf(c), pos);
    }
    throw InvalidQueryException.malformed(pos + 1, query.substring(pos));
  }

  private Token read(Kind kind, int from, java.util.function.IntPredicate part) {
    int start = pos;
    pos = from;
    while (pos < query.length() && part.test(query.charAt(pos))) {
      pos++;
    }
    return new Token(kind, query.substring(start, pos), pos);
  }

  /** Reads up to the closing quote; a backslash or a doubled quote escapes one, as in MySQL. */
  private String quoted(char quote) {
    int start = pos;
    StringBuilder text = new StringBuilder();
    pos++;
    while (pos < query.length()) {
      char c = query.charAt(pos++);
      if (c == '\\' && pos < query.length()) {
        text.append(query.charAt(pos++));
      } else if (c == quote && pos < query.length() && query.charAt(pos) == quote) {
        text.append(quote);
        pos++;
      } else if (c == quote) {
        return text.toString();
      } else {
        text.append(c);
      }
    }
    throw InvalidQueryException.malformed(query.length() + 1, query.substring(start));
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
