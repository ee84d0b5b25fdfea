package dev.temporalboot.internal.scan;

import java.lang.annotation.Annotation;
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
 * their results instead of scanning the classpath. It travels in the environment, the one object
 * both the generated initializer and every scan see; it resolves no property.
 */
public final class ScanIndex extends PropertySource<Map<String, List<String>>> {

  static final String NAME = "temporalBootScanIndex";

  private ScanIndex() {
    super(NAME, new ConcurrentHashMap<>());
  }

  /**
   * Records the result of a scan; the code Spring AOT generates calls this as the context starts.
   *
   * @param environment the application's environment
   * @param annotation the annotation's class name
   * @param packages the scanned packages
   * @param types the class names found, in scan order
   */
  public static void add(
      ConfigurableEnvironment environment,
      String annotation,
      List<String> packages,
      List<String> types) {
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
    index.getSource().put(key(annotation, packages), List.copyOf(types));
  }

  /**
   * Returns what the build-time scan of these packages found, or null when there was none (not
   * AOT-processed, or other packages): then the caller scans.
   */
  static @Nullable List<String> find(
      Environment environment, Class<? extends Annotation> annotation, List<String> packages) {
    if (environment instanceof ConfigurableEnvironment configurable
        && configurable.getPropertySources().get(NAME) instanceof ScanIndex index) {
      return index.getSource().get(key(annotation.getName(), packages));
    }
    return null;
  }

  private static String key(String annotation, List<String> packages) {
    return annotation + " in " + String.join(",", packages);
  }

  @Override
  public @Nullable Object getProperty(String name) {
    return null;
  }
}
