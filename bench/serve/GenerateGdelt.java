import java.nio.file.Path;
import org.entente.store.bench.GdeltFileGenerator;

/** bench/gdelt-import's generated GDELT 2.0 file, for bench/serve/run.sh: FILE ROWS. */
public final class GenerateGdelt {
  public static void main(String[] args) {
    new GdeltFileGenerator(42).write(Path.of(args[0]), Long.parseLong(args[1]));
  }
}
