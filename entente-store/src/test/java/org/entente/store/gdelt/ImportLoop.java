package org.entente.store.gdelt;

import java.nio.file.Path;
import org.entente.store.EventStore;

/**
 * The child process of {@link GdeltImportKillTest}: imports the GDELT files {@code args[1..]} into
 * the store at {@code args[0]}, printing {@code progress i done total} while file i is imported and
 * {@code imported i n} once it is committed.
 */
public final class ImportLoop {

  private ImportLoop() {}

  public static void main(String[] args) {
    try (EventStore store = EventStore.open(Path.of(args[0]))) {
      for (int i = 1; i < args.length; i++) {
        int file = i - 1;
        GdeltImportResult result =
            store.importGdelt(
                Path.of(args[i]),
                new ImportListener() {
                  @Override
                  public long progressEvery() {
                    return 2_000;
                  }

                  @Override
                  public void progress(String name, long done, long total) {
                    System.out.println("progress " + file + " " + done + " " + total);
                    System.out.flush();
                  }
                });
        System.out.println("imported " + file + " " + result.imported());
        System.out.flush();
      }
    }
  }
}
