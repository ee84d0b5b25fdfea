package dev.temporalboot.internal.embedded.visibility;

import dev.temporalboot.internal.embedded.visibility.QueryLexer.Kind;
import dev.temporalboot.internal.embedded.visibility.QueryLexer.Token;
import io.temporal.api.enums.v1.IndexedValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recursive descent over the tokens: {@code OR} of {@code AND}s of predicates or parenthesized
 * conditions, then an optional {@code GROUP BY}. Each predicate is checked against the schema as it
 * is read.
 */
final class QueryParser {

  private static final Set<String> RESERVED =
      Set.of(
          "and",
          "or",
          "not",
          "in",
          "between",
          "is",
          "null",
          "starts_with",
          "order",
          "group",
          "by",
          "limit",
          "true",
          "false");

  private final List<Token> tokens;

  private final Map<String, IndexedValueType> schema;

  private int next;

  QueryParser(String query, Map<String, IndexedValueType> schema) {
    this.tokens = QueryLexer.tokenize(query);
    this.schema = schema;
  }

  VisibilityQuery parse() {
    Condition condition =
        peek().kind() == Kind.END || peek().isWord("order") || peek().isWord("group")
            ? Condition.ALL
            : or();
    String groupBy = null;
    if (accept("group")) {
      expect("by");
      groupBy = column().name();
      if (!groupBy.equals(SystemSearchAttributes.EXECUTION_STATUS)) {
        throw InvalidQueryException.notSupported(
            "'GROUP BY' clause is not supported for search attribute " + groupBy);
      }
      if (peek().isSymbol(",")) {
        throw InvalidQueryException.notSupported("'GROUP BY' clause supports only a single field");
      }
    }
    if (peek().isWord("order")) {
      // SQL visibility, which the CLI's dev server runs, rejects it; Elasticsearch still takes it.
      throw InvalidQueryException.notSupported("'ORDER BY' clause");
    }
    if (peek().isWord("limit")) {
      throw InvalidQueryException.notSupported("'LIMIT' clause");
    }
    if (peek().kind() != Kind.END) {
      throw syntaxError();
    }
    return new VisibilityQuery(condition, groupBy);
  }

  private Condition or() {
    Condition condition = and();
    while (accept("or")) {
      condition = condition.or(and());
    }
    return condition;
  }

  private Condition and() {
    Condition condition = primary();
    while (accept("and")) {
      condition = condition.and(primary());
    }
    return condition;
  }

  private Condition primary() {
    if (peek().isSymbol("(")) {
      next++;
      Condition inner = or();
      expectSymbol(")");
      return inner;
    }
    Column column = column();
    if (accept("is")) {
      boolean negated = accept("not");
      expect("null");
      return Predicates.isNull(column, negated);
    }
    boolean negated = accept("not");
    if (accept("in")) {
      OperatorRules.check(column, negated ? "not in" : "in");
      return Predicates.in(column, list(column), negated);
    }
    if (accept("between")) {
      OperatorRules.checkRange(column);
      Comparable<?> from = value(column);
      expect("and");
      return Predicates.between(column, from, value(column), negated);
    }
    if (accept("starts_with")) {
      OperatorRules.check(column, negated ? "not starts_with" : "starts_with");
      return Predicates.startsWith(column, (String) value(column), negated);
    }
    Token operator = peek();
    if (negated || operator.kind() != Kind.SYMBOL || "(),".contains(operator.text())) {
      throw syntaxError();
    }
    next++;
    OperatorRules.check(column, operator.text());
    return Predicates.compare(column, operator.text(), value(column));
  }

  private List<Comparable<?>> list(Column column) {
    expectSymbol("(");
    List<Comparable<?>> values = new ArrayList<>();
    values.add(value(column));
    while (peek().isSymbol(",")) {
      next++;
      values.add(value(column));
    }
    expectSymbol(")");
    return values;
  }

  private Column column() {
    Token token = tokens.get(next);
    if (token.kind() != Kind.NAME
        && (token.kind() != Kind.WORD
            || RESERVED.contains(token.text().toLowerCase(java.util.Locale.ROOT)))) {
      throw syntaxError();
    }
    next++;
    IndexedValueType type = schema.get(token.text());
    if (type == null) {
      throw InvalidQueryException.invalidExpression(
          "column name '" + token.text() + "' is not a valid search attribute");
    }
    return new Column(token.text(), type);
  }

  private Comparable<?> value(Column column) {
    Token token = tokens.get(next++);
    Object literal =
        switch (token.kind()) {
          case STRING -> token.text();
          case NUMBER ->
              token.text().contains(".")
                  ? (Object) Double.valueOf(token.text())
                  : (Object) Long.valueOf(token.text());
          case WORD ->
              token.isWord("true") || token.isWord("false")
                  ? Boolean.valueOf(token.text().toLowerCase(java.util.Locale.ROOT))
                  : columnAsValue(token);
          case NAME -> columnAsValue(token);
          default -> throw syntaxError(token);
        };
    return QueryValues.literal(column, literal);
  }

  private Object columnAsValue(Token token) {
    if (RESERVED.contains(token.text().toLowerCase(java.util.Locale.ROOT))) {
      throw syntaxError(token);
    }
    throw InvalidQueryException.notSupported(
        "column name on the right side of comparison expression (did you forget to quote \""
            + token.text()
            + "\"?)");
  }

  private boolean accept(String word) {
    if (peek().isWord(word)) {
      next++;
      return true;
    }
    return false;
  }

  private void expect(String word) {
    if (!accept(word)) {
      throw syntaxError();
    }
  }

  private void expectSymbol(String symbol) {
    if (!peek().isSymbol(symbol)) {
      throw syntaxError();
    }
    next++;
  }

  private Token peek() {
    return tokens.get(next);
  }

  private InvalidQueryException syntaxError() {
    return syntaxError(peek());
  }

  private static InvalidQueryException syntaxError(Token token) {
    return InvalidQueryException.malformed(token.end(), token.text());
  }
}
