package dev.temporalboot.internal.aot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application on Temporal Boot processed by Spring AOT at "build time", then started from the
 * generated code alone, as {@code -Dspring.aot.enabled=true} starts it: the workflow found by the
 * build-time scan runs on the embedded server, its activity called through an injected stub.
 */
class AotModeTests {

  @TempDir Path classes;

  @Test
  void anAotProcessedApplicationRunsItsWorkflowWithoutScanningTheClasspath() throws Exception {
    String classpath = System.getProperty("java.class.path");
    List<URL> urls = new ArrayList<>();
    urls.add(this.classes.toUri().toURL());
    for (String entry : classpath.split(File.pathSeparator)) {
      urls.add(url(entry));
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      thread.setContextClassLoader(loader);
      Object outcome =
          loader
              .loadClass(AotRun.class.getName())
              .getMethod("run", String.class, String.class)
              .invoke(null, classpath, this.classes.toString());
      assertThat(outcome).isEqualTo("registered, Hello, AOT");
    } catch (InvocationTargetException ex) {
      throw (Exception) ex.getCause();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static URL url(String entry) {
    try {
      return Path.of(entry).toUri().toURL();
    } catch (MalformedURLException ex) {
      throw new IllegalArgumentException(entry, ex);
    }
  }
}
