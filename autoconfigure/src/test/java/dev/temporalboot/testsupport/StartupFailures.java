package dev.temporalboot.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.diagnostics.TemporalBootException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;

/**
 * Finds our exception in a startup failure and analyzes the failure as Spring Boot does at startup,
 * with every registered {@link FailureAnalyzer}.
 */
public final class StartupFailures {

  private StartupFailures() {}

  /**
   * Returns the first exception of the given type in the cause chain, failing when there is none.
   */
  public static <E extends Throwable> E cause(Throwable failure, Class<E> type) {
    for (Throwable current = failure; current != null; current = current.getCause()) {
      if (type.isInstance(current)) {
        return type.cast(current);
      }
    }
    throw new AssertionError("No " + type.getName() + " in the cause chain of " + failure, failure);
  }

  /** Returns the first exception of the given type in the context's startup failure. */
  public static <E extends Throwable> E find(AssertableApplicationContext context, Class<E> type) {
    assertThat(context.getStartupFailure()).as("startup failure").isNotNull();
    return cause(context.getStartupFailure(), type);
  }

  /**
   * Analyzes the failure with the analyzers of every spring.factories file, first answer wins. Our
   * analyzer is loaded first in tests (target/classes leads the classpath), so the list is reversed
   * before sorting: ours then wins only through its own order, as in an application whose classpath
   * puts Spring Boot's jars first.
   */
  public static FailureAnalysis analyze(Throwable failure) {
    ArgumentResolver arguments =
        ArgumentResolver.of(BeanFactory.class, new DefaultListableBeanFactory())
            .and(Environment.class, new StandardEnvironment());
    List<FailureAnalyzer> analyzers =
        new ArrayList<>(
            SpringFactoriesLoader.forDefaultResourceLocation()
                .load(
                    FailureAnalyzer.class,
                    arguments,
                    // As at startup, skip analyzers whose library is absent (e.g. spring-web).
                    (type, implementation, ex) -> {}));
    Collections.reverse(analyzers);
    AnnotationAwareOrderComparator.sort(analyzers);
    for (FailureAnalyzer analyzer : analyzers) {
      FailureAnalysis analysis = analyzer.analyze(failure);
      if (analysis != null) {
        return analysis;
      }
    }
    throw new AssertionError("No failure analyzer explains " + failure, failure);
  }

  /**
   * Asserts that startup failed because of our exception, and that Spring Boot's report comes from
   * that exception and names the property, class or bean at fault.
   */
  public static <E extends TemporalBootException> E assertStartupFailure(
      AssertableApplicationContext context, Class<E> type, String... names) {
    assertThat(context).hasFailed();
    Throwable failure = context.getStartupFailure();
    E exception = cause(failure, type);
    FailureAnalysis analysis = assertAnalysisNames(failure, names);
    assertThat(analysis.getCause()).isSameAs(exception);
    assertThat(analysis.getAction()).isEqualTo(exception.getAction());
    return exception;
  }

  /**
   * Asserts that Spring Boot's report names the property, class or bean at fault and says how to
   * fix it.
   */
  public static FailureAnalysis assertAnalysisNames(Throwable failure, String... names) {
    FailureAnalysis analysis = analyze(failure);
    assertThat(analysis.getDescription()).contains(names);
    assertThat(analysis.getAction()).isNotBlank();
    return analysis;
  }
}
