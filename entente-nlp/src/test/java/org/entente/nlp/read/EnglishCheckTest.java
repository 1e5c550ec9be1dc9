package org.entente.nlp.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.entente.core.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishCheckTest {
  static final String FRENCH =
      "La Chine et la Russie ont renforcé leur coopération économique au cours des dernières"
          + " années. Les deux pays partagent une vision commune de l'ordre mondial et s'opposent"
          + " souvent aux positions des États-Unis au Conseil de sécurité des Nations unies. Selon"
          + " les analystes, cette relation est fondée sur des intérêts pratiques plutôt que sur"
          + " une alliance formelle.";

  static final String GERMAN =
      "China und Russland haben ihre wirtschaftliche Zusammenarbeit in den letzten Jahren"
          + " deutlich ausgebaut. Die beiden Länder teilen eine gemeinsame Sicht auf die"
          + " Weltordnung und stellen sich im Sicherheitsrat der Vereinten Nationen häufig gegen"
          + " die Vereinigten Staaten. Nach Ansicht von Experten beruht diese Beziehung eher auf"
          + " praktischen Interessen als auf einem formellen Bündnis.";

  private final EnglishCheck check = new EnglishCheck();

  @Test
  void rejectsAFrenchParagraph() {
    assertThat(check.whyNotEnglish(FRENCH))
        .hasValueSatisfying(
            why ->
                assertThat(why)
                    .startsWith("not English: 0% of its words are English function words")
                    .endsWith("Entente codes English text only"));
  }

  @Test
  void rejectsAGermanParagraph() {
    assertThat(check.whyNotEnglish(GERMAN)).isPresent();
  }

  @Test
  void rejectsTextInAnotherScript() {
    assertThat(check.whyNotEnglish("Путин прибыл в Пекин на переговоры с Си Цзиньпином."))
        .hasValue("not English: 100% of its letters are Cyrillic; Entente codes English text only");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Xi, Putin sign gas deal in Moscow",
        "BANKERS REPORT BREAKTHROUGH ON VENEZUELAN DEBT",
        "Russia, China vow closer ties as Xi visits Moscow",
        "Trump launches trade war against China"
      })
  void acceptsShortEnglishHeadlines(String headline) {
    assertThat(check.whyNotEnglish(headline)).isEmpty();
  }

  @Test
  void acceptsTheSeedOpEd() throws IOException {
    String seed =
        Files.readString(
            SharedFiles.resolve("seed/china-russia-entente.txt"), StandardCharsets.UTF_8);

    assertThat(check.whyNotEnglish(seed)).isEmpty();
  }

  @Test
  void acceptsATableOfFiguresWhichHasNoFunctionWordsOfAnyLanguage() {
    String table =
        "Shr 56 cts vs 68 cts\nNet 8,327,000 vs 9,738,000\nNine mths\nShr 2.19 dlrs vs 1.67 dlr\n"
            + "Net 32.8 mln vs 24.8 mln\nAvg shrs 15.0 mln vs 14.9 mln\nAssets 5.58 billion vs"
            + " 4.34 billion\nLoans 2.96 billion vs 2.90 billion";

    assertThat(check.whyNotEnglish(table)).isEmpty();
  }

  @Test
  void thresholdsAreWhereTheJavadocSays() {
    assertThat(EnglishCheck.MIN_ENGLISH_SHARE).isEqualTo(0.15);
    assertThat(EnglishCheck.MIN_OTHER_LANGUAGE_SHARE).isEqualTo(0.10);
    assertThat(EnglishCheck.MIN_WORDS_TO_JUDGE).isEqualTo(20);
  }
}
