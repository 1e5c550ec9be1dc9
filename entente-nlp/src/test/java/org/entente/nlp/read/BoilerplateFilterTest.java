package org.entente.nlp.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.core.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateFilterTest {
  private static final String BEFORE = "Russia and China signed a gas deal on Monday.";
  private static final String AFTER = "The deal runs for 30 years.";

  private final BoilerplateFilter filter = new BoilerplateFilter();

  @Test
  void removesTheSeedsBioBoxAndOriginNoteAndKeepsEveryParagraph() throws IOException {
    String raw =
        Files.readString(
            SharedFiles.resolve("seed/china-russia-entente.txt"), StandardCharsets.UTF_8);
    List<String> expected =
        Arrays.stream(raw.split("\n\\s*\n"))
            .map(String::strip)
            .filter(p -> !p.startsWith("Dmitri Trenin\n"))
            .filter(p -> !p.startsWith("This article was originally published"))
            .collect(Collectors.toList());

    String cleaned = filter.clean(raw);

    assertThat(expected).hasSize(14);
    assertThat(cleaned.split("\n\n")).containsExactlyElementsOf(expected);
    assertThat(cleaned)
        .doesNotContain("Trenin", "Carnegie", "More >", "originally published")
        .contains("More is to follow in the fields of energy")
        .contains("By 2018, Sino-Russian trade exceeded $100 billion.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "More >",
        "More»",
        "Read more",
        "Read more »",
        "Continue reading...",
        "Share",
        "Share this article",
        "Share on Facebook",
        "Print",
        "Advertisement",
        "[Read more]"
      })
  void removesLinkLines(String line) {
    assertThat(filter.clean(BEFORE + "\n" + line + "\n" + AFTER)).isEqualTo(BEFORE + "\n" + AFTER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "This article was originally published in China Daily",
        "This story first appeared on The Conversation.",
        "Originally published by Carnegie Moscow Center.",
        "The author is a senior fellow at the Center for China and Globalization.",
        "The views do not necessarily reflect those of China Daily.",
        "By Dmitri Trenin",
        "By John Smith and Jane Doe | China Daily",
        "BY ANDREW HIGGINS"
      })
  void removesNotesAndBylines(String line) {
    assertThat(filter.clean(BEFORE + "\n\n" + line + "\n\n" + AFTER))
        .isEqualTo(BEFORE + "\n\n" + AFTER);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "By 2018, Sino-Russian trade exceeded $100 billion.",
        "By pushing back against Moscow and Beijing, Washington broke with a maxim.",
        "More is to follow in the fields of energy and agricultural trade.",
        "Share prices in Moscow fell 3 percent after the sanctions were announced.",
        "The Trade War",
        "The author is right, the minister said, that the talks had failed to reach any deal at all"
            + " and that the sanctions would stay in force until Moscow withdrew its troops, which"
            + " it has refused to do for the past five years despite repeated calls from the"
            + " United Nations Security Council, the European Union, the United States and a"
            + " growing number of its own former allies in Central Asia and the Caucasus, who now"
            + " fear that the conflict will spread across their borders and draw them in."
      })
  void keepsLinesThatAreArticleText(String line) {
    String text = BEFORE + "\n\n" + line + "\n\n" + AFTER;

    assertThat(filter.clean(text)).isEqualTo(text);
  }

  @Test
  void removesABioBoxOfANameAndALineAboutThePerson() {
    String text = BEFORE + "\n\nJane Doe\nDoe is a professor at Fudan University.\n\n" + AFTER;

    assertThat(filter.clean(text)).isEqualTo(BEFORE + "\n\n" + AFTER);
  }

  @Test
  void removesABioBoxWhoseAboutLineUsesTheFullNameOrAPronoun() {
    String full = "Jean-Pierre de la Fontaine\nJean-Pierre de la Fontaine is a writer in Paris.";
    String pronoun = "Jane Doe\nShe has written on Russia for twenty years.";

    assertThat(filter.clean(BEFORE + "\n\n" + full + "\n\n" + AFTER))
        .isEqualTo(BEFORE + "\n\n" + AFTER);
    assertThat(filter.clean(BEFORE + "\n\n" + pronoun + "\n\n" + AFTER))
        .isEqualTo(BEFORE + "\n\n" + AFTER);
  }

  @Test
  void removesABareNameStandingAsItsOwnBlock() {
    assertThat(filter.clean(BEFORE + "\n\nDmitri Trenin\n\n" + AFTER))
        .isEqualTo(BEFORE + "\n\n" + AFTER);
  }

  @Test
  void removesANameThatIsTheLastLineOfTheText() {
    assertThat(filter.clean(BEFORE + "\n\nDmitri Trenin")).isEqualTo(BEFORE);
  }

  @Test
  void removesABioBoxWithLinksWhenParagraphsAreSingleLines() {
    String text =
        BEFORE + "\nDmitri Trenin\nTrenin was director of a think tank.\nMore >\n" + AFTER;

    assertThat(filter.clean(text)).isEqualTo(BEFORE + "\n" + AFTER);
  }

  @Test
  void keepsANameThatEndsANormalParagraph() {
    String text = "We will not give in, the letter said. It was signed:\nJohn Smith\n\n" + AFTER;

    assertThat(filter.clean(text)).isEqualTo(text);
  }

  @Test
  void keepsANameLineFollowedByProseAboutThePerson() {
    String text =
        "Vladimir Putin\nPutin is due in Beijing on Monday.\nHe will meet Xi Jinping there.";

    assertThat(filter.clean(text)).isEqualTo(text);
  }

  @Test
  void keepsParagraphBreaksAndCollapsesBlankRuns() {
    String text = "\n\nFirst paragraph.  \r\n\r\n\r\n\nSecond paragraph.\nSame paragraph.\n\n\n";

    assertThat(filter.clean(text))
        .isEqualTo("First paragraph.\n\nSecond paragraph.\nSame paragraph.");
  }
}
