package org.entente.nlp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A model or dictionary loaded on a thread of its own while the caller loads the others: start-up
 * is mostly loading, and the machine has more than one processor. What the loading throws is thrown
 * again, as it was, by {@link #get}.
 *
 * @param <T> what is loaded
 */
final class Background<T> {

  private final CompletableFuture<T> loading;

  private Background(CompletableFuture<T> loading) {
    this.loading = loading;
  }

  /** Starts loading on a daemon thread named {@code name}. */
  static <T> Background<T> load(String name, Supplier<T> loader) {
    return new Background<>(
        CompletableFuture.supplyAsync(
            loader,
            runnable -> {
              Thread thread = new Thread(runnable, name);
              thread.setDaemon(true);
              thread.start();
            }));
  }

  /** Waits for the loading to end; throws what it threw. */
  T get() {
    try {
      return loading.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
