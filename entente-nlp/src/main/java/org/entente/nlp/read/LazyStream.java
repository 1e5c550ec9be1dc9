package org.entente.nlp.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.entente.core.Problem;

/**
 * A stream pulled one element at a time from a source that may fail: an I/O error ends the stream
 * with an {@link Problem.Kind#UNREADABLE} problem rather than an exception in the caller's loop.
 */
final class LazyStream {
  private LazyStream() {}

  /** The next element, or {@code null} at the end. */
  interface Next<T> {
    T next() throws IOException;
  }

  static <T> Stream<T> of(
      Next<T> next, Closeable resource, String name, Consumer<Problem> problems) {
    Spliterator<T> elements =
        new Spliterators.AbstractSpliterator<>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          private boolean done;

          @Override
          public boolean tryAdvance(Consumer<? super T> action) {
            if (done) {
              return false;
            }
            T element;
            try {
              element = next.next();
            } catch (IOException | UncheckedIOException e) {
              problems.accept(
                  Problem.ofFile(name, Problem.Kind.UNREADABLE, "read error, rest skipped: " + e));
              element = null;
            }
            if (element == null) {
              done = true;
              return false;
            }
            action.accept(element);
            return true;
          }
        };
    return StreamSupport.stream(elements, false).onClose(() -> closeQuietly(resource));
  }

  /**
   * The elements of each part in turn, opening a part only when the one before is used up and
   * closing it then. Unlike {@code flatMap}, this stays lazy under {@code iterator()}, which on a
   * flat-mapped stream buffers each inner stream whole: a JSON Lines file would be read into
   * memory.
   */
  static <T> Stream<T> concat(Iterator<? extends Supplier<Stream<T>>> parts) {
    Concat<T> concat = new Concat<>(parts);
    return StreamSupport.stream(concat, false).onClose(concat::closeCurrent);
  }

  private static final class Concat<T> extends Spliterators.AbstractSpliterator<T> {
    private final Iterator<? extends Supplier<Stream<T>>> parts;
    private Stream<T> current;
    private Spliterator<T> elements;

    Concat(Iterator<? extends Supplier<Stream<T>>> parts) {
      super(Long.MAX_VALUE, Spliterator.ORDERED);
      this.parts = parts;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      while (true) {
        if (elements != null && elements.tryAdvance(action)) {
          return true;
        }
        closeCurrent();
        if (!parts.hasNext()) {
          return false;
        }
        current = parts.next().get();
        elements = current.spliterator();
      }
    }

    void closeCurrent() {
      if (current != null) {
        Stream<T> closing = current;
        current = null;
        elements = null;
        closing.close();
      }
    }
  }

  private static void closeQuietly(Closeable resource) {
    try {
      resource.close();
    } catch (IOException e) {
      // nothing was written; a failed close of an input loses nothing
    }
  }
}
