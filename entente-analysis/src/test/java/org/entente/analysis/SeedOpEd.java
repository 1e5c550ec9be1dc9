package org.entente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.core.SharedFiles;
import org.entente.event.Area;
import org.entente.event.Assessment;
import org.entente.event.DatePrecision;
import org.entente.event.Event;
import org.entente.event.Modality;

/**
 * The events and assessments a good coder finds in the seed op-ed ({@code
 * ../shared/seed/china-russia-entente.txt}, 2019-06-05), written out by hand so that the model can
 * be tested before the coder exists. Each is tied to its sentence in the file: the file is read and
 * a phrase that is not in it fails the test.
 *
 * <p>Codes follow CAMEO and the PETRARCH dictionaries ("pressure" → 100, "push back against" → 12,
 * "sanctions" → 163). Counted: CHN–RUS 10 factual events, USA–RUS 4, USA–CHN 3.
 */
public final class SeedOpEd {
  public static final String DOC = "china-russia-entente";
  public static final LocalDate DATE = LocalDate.of(2019, 6, 5);

  private final List<String> sentences;
  private final List<Event> events = new ArrayList<>();
  private final List<Assessment> assessments = new ArrayList<>();

  private SeedOpEd(List<String> sentences) {
    this.sentences = sentences;
  }

  public static SeedOpEd load() {
    Path file = shared().resolve("seed/china-russia-entente.txt");
    assertThat(file).as("the seed op-ed beside the checkout").exists();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> sentences = new ArrayList<>();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      for (String sentence : paragraph.strip().split("(?<=[.!?])\\s+")) {
        if (!sentence.isBlank()) {
          sentences.add(sentence.replace('\n', ' ').strip());
        }
      }
    }
    SeedOpEd seed = new SeedOpEd(sentences);
    seed.code();
    return seed;
  }

  public List<Event> events() {
    return List.copyOf(events);
  }

  public List<Assessment> assessments() {
    return List.copyOf(assessments);
  }

  private void code() {
    // China and Russia
    fact("Xi Jinping’s visit to Russia", "CHN", "RUS", "042", Area.DIPLOMATIC);
    // "By 2018": dated to the year only
    events.add(trade("CHN", "RUS"));
    events.add(trade("RUS", "CHN"));
    fact("stepped up policy coordination", "CHN", "RUS", "05", Area.DIPLOMATIC);
    fact("stepped up policy coordination", "RUS", "CHN", "05", Area.DIPLOMATIC);
    fact("selling increasing volumes of oil to China", "RUS", "CHN", "061", Area.ENERGY);
    fact("access to its rich energy reserves", "RUS", "CHN", "061", Area.ENERGY);
    fact("sophisticated military technology to China", "RUS", "CHN", "062", Area.MILITARY);
    fact("invites People’s Liberation Army units", "RUS", "CHN", "0312", Area.MILITARY);
    fact("vowed to “harmonize”", "RUS", "CHN", "0311", Area.ECONOMIC);
    other(
        "it will sell China large volumes of natural gas",
        "RUS",
        "CHN",
        "061",
        Area.ENERGY,
        Modality.FUTURE,
        false);
    other(
        "will never be against each other",
        "RUS",
        "CHN",
        "11",
        Area.POLITICAL,
        Modality.FUTURE,
        true);
    other(
        "will never be against each other",
        "CHN",
        "RUS",
        "11",
        Area.POLITICAL,
        Modality.FUTURE,
        true);
    other(
        "waiting for decades for a Sino-Russian clash",
        "CHN",
        "RUS",
        "190",
        Area.MILITARY,
        Modality.HYPOTHETICAL,
        false);
    // issues each leads on
    fact("Beijing takes the lead", "CHN", "PRK", "04", Area.SECURITY);
    fact("on others such as Syria, Moscow does", "RUS", "SYR", "04", Area.SECURITY);
    // the United States and Russia
    fact("imposed severe economic sanctions on Russia", "USA", "RUS", "163", Area.ECONOMIC);
    fact("massively expanded by Trump", "USA", "RUS", "163", Area.ECONOMIC);
    fact("pushing back against Moscow and Beijing", "USA", "RUS", "12", Area.POLITICAL);
    fact("pressure on both Beijing and Moscow", "USA", "RUS", "100", Area.POLITICAL);
    // the United States and China
    fact("launched a trade war against China", "USA", "CHN", "163", Area.ECONOMIC);
    fact("pushing back against Moscow and Beijing", "USA", "CHN", "12", Area.POLITICAL);
    fact("pressure on both Beijing and Moscow", "USA", "CHN", "100", Area.POLITICAL);

    assess("has reached the level of an \"entente\"", "CHN", "RUS", "entente");
    assess("continuation of the Sino-Russian partnership", "CHN", "RUS", "partnership");
    assess("provoked the US-Russian confrontation", "RUS", "USA", "confrontation");
    assess("exacerbated the US-China competition", "CHN", "USA", "competition");
    assess("launched a trade war against China", "CHN", "USA", "trade war");
  }

  private void fact(String phrase, String source, String target, String cameo, Area area) {
    events.add(builder(phrase, source, target, cameo, area).build());
  }

  private Event trade(String source, String target) {
    return builder("Sino-Russian trade exceeded", source, target, "061", Area.ECONOMIC)
        .on("2018-01-01")
        .precision(DatePrecision.YEAR)
        .build();
  }

  private void other(
      String phrase,
      String source,
      String target,
      String cameo,
      Area area,
      Modality modality,
      boolean negated) {
    TestEvents.Builder builder = builder(phrase, source, target, cameo, area).modality(modality);
    if (negated) {
      builder.negated();
    }
    events.add(builder.build());
  }

  private TestEvents.Builder builder(
      String phrase, String source, String target, String cameo, Area area) {
    int index = sentenceWith(phrase);
    return TestEvents.event(source, target, cameo)
        .area(area)
        .on(DATE.toString())
        .text(sentences.get(index))
        .doc(DOC, index);
  }

  private void assess(String phrase, String a, String b, String label) {
    int index = sentenceWith(phrase);
    assessments.add(
        new Assessment(
            DOC + ":" + index + ":" + label,
            DOC,
            index,
            sentences.get(index),
            "",
            DATE,
            a,
            b,
            label,
            phrase));
  }

  private int sentenceWith(String phrase) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).contains(phrase)) {
        return i;
      }
    }
    throw new AssertionError("the seed op-ed has no sentence with '" + phrase + "'");
  }

  static Path shared() {
    return SharedFiles.root();
  }
}
