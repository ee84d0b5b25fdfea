package dev.temporalboot.internal.worker;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The scan for {@code @WorkflowImpl} classes, started on a daemon thread when the assembly is
 * created, so that listing the packages and loading the classes overlap with the creation of the
 * remaining beans. Its failure is rethrown, unchanged, to whoever plans the workers.
 */
final class BackgroundScan {

  private final CompletableFuture<Set<Class<?>>> found = new CompletableFuture<>();

  private BackgroundScan() {}

  static BackgroundScan start(Supplier<Set<Class<?>>> scan) {
    BackgroundScan background = new BackgroundScan();
    Thread thread =
        new Thread(
            () -> {
              try {
                background.found.complete(scan.get());
              } catch (RuntimeException | Error ex) {
                background.found.completeExceptionally(ex);
              }
            },
            "temporal-workflow-scan");
    thread.setDaemon(true);
    thread.start();
    return background;
  }

  /** Waits for the scan; its exception, if any, is thrown as it was. */
  Set<Class<?>> join() {
    try {
      return this.found.join();
    } catch (CompletionException ex) {
      Throwable cause = ex.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw ex;
    }
  }
}
