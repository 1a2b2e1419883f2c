package dev.redazione.web;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * Threads for the work of requests that must not run on Netty's event loops, which serve every
 * connection: searches, renders of pages not rendered yet, file reads. A fixed number of threads
 * with a bounded queue: when every thread is busy and the queue is full, a request is answered at
 * once with what {@code whenFull} gives (a 503 with {@code Retry-After}) instead of waiting behind
 * work that would not be done in time. Its threads may run at a lower priority than the event loops
 * ({@link ThreadPriority}). Thread-safe.
 */
final class WorkPool implements AutoCloseable {

  /** Seconds a client is asked to wait when a pool is full. */
  static final String RETRY_AFTER_SECONDS = "2";

  private final String name;
  private final ThreadPoolExecutor executor;
  private final RateLimitedLog fullLog =
      new RateLimitedLog(LoggerFactory.getLogger(WorkPool.class));

  /**
   * @param name the pool's name, for its threads and log lines
   * @param threads how many requests are worked on at once
   * @param queue how many more may wait for a thread
   * @param niceness the niceness its threads give themselves when they start; 0 leaves them at the
   *     priority of the threads serving requests
   */
  WorkPool(String name, int threads, int queue, int niceness) {
    if (threads < 1 || queue < 0) {
      throw new IllegalArgumentException(
          "pool "
              + name
              + " needs at least one thread and a queue of 0 or more, not "
              + threads
              + " and "
              + queue);
    }
    this.name = name;
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
            work -> {
              Runnable run =
                  niceness == 0
                      ? work
                      : () -> {
                        ThreadPriority.lowerCurrentThread(niceness);
                        work.run();
                      };
              Thread thread = new Thread(run, name + "-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new ThreadPoolExecutor.AbortPolicy());
  }

  /**
   * Runs work on a thread of the pool.
   *
   * @param work what to compute; an exception it throws completes the future exceptionally
   * @param whenFull the result when the pool is full, computed at once on the caller's thread
   */
  <T> CompletableFuture<T> submit(Supplier<T> work, Supplier<T> whenFull) {
    try {
      return CompletableFuture.supplyAsync(work, executor);
    } catch (RejectedExecutionException full) {
      fullLog.warn("The " + name + " pool is full: a request was turned away");
      return CompletableFuture.completedFuture(whenFull.get());
    }
  }

  /** Stops the threads; work not started is dropped. */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
