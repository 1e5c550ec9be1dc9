package org.entente.store.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.entente.codebook.CameoCode;
import org.entente.codebook.Codebook;

/**
 * Writes a synthetic GDELT 2.0 event export (61 tab-separated columns) that looks like the real
 * thing: CAMEO codes and Goldstein weights from the codebook, country and agent actor codes,
 * geography, tone and source URLs. Deterministic for a given seed.
 *
 * <pre>{@code
 * new GdeltFileGenerator(42).write(Path.of("bench/out/events.CSV"), 1_000_000);
 * }</pre>
 */
public final class GdeltFileGenerator {

  /** The country codes the generator uses; CHN and RUS come first so the bench dyad is common. */
  static final List<String> COUNTRIES =
      List.of(
          "CHN", "RUS", "USA", "GBR", "FRA", "DEU", "JPN", "IND", "PRK", "KOR", "SYR", "UKR", "IRN",
          "ISR", "TUR", "PAK", "AFG", "IRQ", "SAU", "EGY", "BRA", "MEX", "CAN", "AUS", "NGA", "ZAF",
          "KEN", "ITA", "ESP", "POL", "VNM", "PHL", "IDN", "MYS", "THA", "ARG", "VEN", "COL", "CUB",
          "BLR");

  private static final String[] NAMES = {
    "CHINA", "RUSSIA", "UNITED STATES", "UNITED KINGDOM", "FRANCE", "GERMANY", "JAPAN", "INDIA",
    "NORTH KOREA", "SOUTH KOREA", "SYRIA", "UKRAINE", "IRAN", "ISRAEL", "TURKEY", "PAKISTAN",
    "AFGHANISTAN", "IRAQ", "SAUDI ARABIA", "EGYPT", "BRAZIL", "MEXICO", "CANADA", "AUSTRALIA",
    "NIGERIA", "SOUTH AFRICA", "KENYA", "ITALY", "SPAIN", "POLAND", "VIETNAM", "PHILIPPINES",
    "INDONESIA", "MALAYSIA", "THAILAND", "ARGENTINA", "VENEZUELA", "COLOMBIA", "CUBA", "BELARUS"
  };
  private static final String[] AGENTS = {"", "GOV", "MIL", "BUS", "MED", "CVL", "OPP", "LEG"};
  private static final LocalDate FIRST_DAY = LocalDate.of(2013, 4, 1);
  private static final int DAYS = 4200;

  private final SplittableRandom random;
  private final List<CameoCode> codes;

  public GdeltFileGenerator(long seed) {
    this.random = new SplittableRandom(seed);
    this.codes = List.copyOf(Codebook.standard().codes());
  }

  /** Writes {@code rows} rows with GLOBALEVENTIDs from 400,000,000 up. */
  public void write(Path out, long rows) {
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.US_ASCII)) {
      StringBuilder line = new StringBuilder(512);
      for (long i = 0; i < rows; i++) {
        line.setLength(0);
        row(400_000_000L + i, line);
        writer.append(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  private void row(long id, StringBuilder b) {
    LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
    int y = date.getYear();
    int m = date.getMonthValue();
    int d = date.getDayOfMonth();
    b.append(id).append('\t');
    b.append(y).append(two(m)).append(two(d)).append('\t');
    b.append(y).append(two(m)).append('\t').append(y).append('\t');
    b.append(String.format(Locale.ROOT, "%.4f", y + ((m - 1) * 30 + d) / 365.0)).append('\t');
    actor(b, random.nextInt(10) < 9);
    actor(b, random.nextInt(4) < 3);
    CameoCode code = codes.get(random.nextInt(codes.size()));
    b.append(random.nextInt(2)).append('\t');
    b.append(code.code()).append('\t').append(code.base()).append('\t');
    b.append(code.root()).append('\t').append(code.quadClass().number()).append('\t');
    b.append(code.goldstein()).append('\t');
    int mentions = 1 + random.nextInt(30);
    b.append(mentions).append('\t').append(1 + random.nextInt(5)).append('\t');
    b.append(1 + random.nextInt(mentions)).append('\t');
    b.append(random.nextDouble(-10, 5)).append('\t');
    for (int geo = 0; geo < 3; geo++) {
      geography(b);
    }
    b.append(y).append(two(m)).append(two(d)).append(two(random.nextInt(24)));
    b.append(two(random.nextInt(4) * 15)).append("00").append('\t');
    b.append("https://news.example.com/").append(y).append('/').append(two(m)).append('/');
    b.append("story-").append(id).append(".html\n");
  }

  private void actor(StringBuilder b, boolean present) {
    if (!present) {
      b.append("\t".repeat(10));
      return;
    }
    int c = random.nextInt(10) < 3 ? random.nextInt(2) : random.nextInt(COUNTRIES.size());
    String agent = AGENTS[random.nextInt(AGENTS.length)];
    b.append(COUNTRIES.get(c)).append(agent).append('\t').append(NAMES[c]).append('\t');
    b.append(COUNTRIES.get(c)).append("\t\t\t\t\t").append(agent).append("\t\t\t");
  }

  private void geography(StringBuilder b) {
    int type = random.nextInt(5);
    if (type == 0) {
      b.append("0\t\t\t\t\t\t\t\t");
      return;
    }
    b.append(type).append("\tMoscow, Moskva, Russia\tRS\tRS48\t").append(random.nextInt(99999));
    b.append('\t').append(random.nextDouble(-90, 90)).append('\t');
    b.append(random.nextDouble(-180, 180)).append('\t').append(-2960561).append('\t');
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
