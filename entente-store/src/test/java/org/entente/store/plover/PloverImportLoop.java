package org.entente.store.plover;

import java.nio.file.Path;
import org.entente.store.EventStore;

/**
 * The child process of {@link PloverImportKillTest}: imports the PLOVER files {@code args[2..]}
 * into the store at {@code args[0]}, printing {@code imported i n} once file i is committed. With
 * {@code args[1]} {@code stall}, a problem record prints {@code problem i} and the child then
 * waits, inside the file's transaction, to be killed.
 */
public final class PloverImportLoop {

  private PloverImportLoop() {}

  public static void main(String[] args) throws InterruptedException {
    boolean stall = args[1].equals("stall");
    try (EventStore store = EventStore.open(Path.of(args[0]))) {
      for (int i = 2; i < args.length; i++) {
        int file = i - 2;
        PloverImportResult result =
            store.importPlover(
                Path.of(args[i]),
                problem -> {
                  System.out.println("problem " + file);
                  System.out.flush();
                  if (stall) {
                    try {
                      Thread.sleep(600_000);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }
                });
        System.out.println("imported " + file + " " + result.imported());
        System.out.flush();
      }
    }
  }
}
