package dev.temporalboot.internal.scan;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * What scans found when Spring AOT processed the application, so that the AOT-processed run reads
 * their results instead of scanning the classpath or every bean. It travels in the environment, the
 * one object both the generated initializer and every scan see; it resolves no property. The
 * generated code adds large results in several calls (a Java method holds 64 KB of code), so each
 * call appends.
 */
public final class ScanIndex extends PropertySource<Map<String, List<?>>> {

  static final String NAME = "temporalBootScanIndex";

  private ScanIndex() {
    super(NAME, new ConcurrentHashMap<>());
  }

  /**
   * Records classes a scan found; the code Spring AOT generates calls this as the context starts.
   *
   * @param environment the application's environment
   * @param annotation the annotation's class name
   * @param packages the scanned packages
   * @param types class names found, in scan order, appended to those of earlier calls
   */
  public static void add(
      ConfigurableEnvironment environment,
      String annotation,
      List<String> packages,
      List<String> types) {
    append(environment, key(annotation, packages), types);
  }

  /**
   * Records beans whose class carries an annotation with task queues and a namespace, as {@code
   * ActivityImpl} and {@code NexusServiceImpl} do; called by the generated code like {@link #add}.
   *
   * @param environment the application's environment
   * @param annotation the annotation's class name
   * @param beans the beans found, appended to those of earlier calls
   */
  public static void addBeans(
      ConfigurableEnvironment environment, String annotation, List<AnnotatedBean> beans) {
    append(environment, beansKey(annotation), beans);
  }

  /**
   * Returns what the build-time scan of these packages found, or null when there was none (not
   * AOT-processed, or other packages): then the caller scans.
   */
  static @Nullable List<String> find(
      Environment environment, Class<? extends Annotation> annotation, List<String> packages) {
    return typed(environment, key(annotation.getName(), packages), String.class);
  }

  /**
   * Returns the beans Spring AOT found with an annotation, or null when the application was not
   * AOT-processed: then the caller looks at every bean.
   *
   * @param environment the application's environment
   * @param annotation the annotation
   * @return the beans, possibly none, or null
   */
  public static @Nullable List<AnnotatedBean> beans(
      Environment environment, Class<? extends Annotation> annotation) {
    return typed(environment, beansKey(annotation.getName()), AnnotatedBean.class);
  }

  private static void append(ConfigurableEnvironment environment, String key, List<?> values) {
    MutablePropertySources sources = environment.getPropertySources();
    ScanIndex index;
    synchronized (sources) {
      if (sources.get(NAME) instanceof ScanIndex existing) {
        index = existing;
      } else {
        index = new ScanIndex();
        sources.addLast(index);
      }
    }
    index
        .getSource()
        .merge(
            key,
            List.copyOf(values),
            (earlier, more) -> {
              List<Object> all = new ArrayList<>(earlier);
              all.addAll(more);
              return List.copyOf(all);
            });
  }

  private static <T> @Nullable List<T> typed(Environment environment, String key, Class<T> type) {
    if (environment instanceof ConfigurableEnvironment configurable
        && configurable.getPropertySources().get(NAME) instanceof ScanIndex index) {
      List<?> values = index.getSource().get(key);
      if (values == null) {
        return null;
      }
      return values.stream().map(type::cast).toList();
    }
    return null;
  }

  private static String key(String annotation, List<String> packages) {
    return annotation + " in " + String.join(",", packages);
  }

  private static String beansKey(String annotation) {
    return annotation + " on beans";
  }

  @Override
  public @Nullable Object getProperty(String name) {
    return null;
  }

  /**
   * A bean and what its annotation declares, as written (placeholders unresolved).
   *
   * @param beanName the bean's name
   * @param taskQueues the annotation's task queues
   * @param namespace the annotation's namespace alias, empty for the primary namespace
   */
  public record AnnotatedBean(String beanName, List<String> taskQueues, String namespace) {}
}
