package dev.temporalboot.internal.embedded;

import io.grpc.Context.CancellableContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The outstanding long polls of each worker instance, and which instances have stopped. */
final class WorkerPolls {

  // Bounded: only a poll sent shortly after its worker's ShutdownWorker needs the answer.
  private static final int STOPPED_WORKERS_REMEMBERED = 1024;

  private final Map<String, Set<CancellableContext>> pollsByWorker = new ConcurrentHashMap<>();

  private final Set<String> stoppedWorkers =
      Collections.synchronizedSet(
          Collections.newSetFromMap(
              new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                  return size() > STOPPED_WORKERS_REMEMBERED;
                }
              }));

  /** Returns whether the worker instance has called ShutdownWorker. */
  boolean isStopped(String worker) {
    return !worker.isEmpty() && this.stoppedWorkers.contains(worker);
  }

  /** Remembers a poll until its context ends; cancels it at once if its worker has stopped. */
  void track(String worker, CancellableContext poll) {
    if (worker.isEmpty()) {
      return;
    }
    Set<CancellableContext> polls =
        this.pollsByWorker.computeIfAbsent(worker, (key) -> ConcurrentHashMap.newKeySet());
    polls.add(poll);
    poll.addListener((done) -> polls.remove(poll), Runnable::run);
    // ShutdownWorker may have come between the caller's isStopped check and now.
    if (isStopped(worker)) {
      poll.cancel(null);
    }
  }

  /** Marks the worker instance stopped and cancels its outstanding polls. */
  void stop(String worker) {
    if (worker.isEmpty()) {
      return;
    }
    this.stoppedWorkers.add(worker);
    Set<CancellableContext> polls = this.pollsByWorker.remove(worker);
    if (polls != null) {
      polls.forEach((poll) -> poll.cancel(null));
    }
  }
}
