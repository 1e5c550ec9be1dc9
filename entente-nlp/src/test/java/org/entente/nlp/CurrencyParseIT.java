package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.entente.core.Document;
import org.entente.text.Dependency;
import org.entente.text.ParsedSentence;
import org.junit.jupiter.api.Test;

/**
 * A sum in dollars after a preposition ("tariffs on $34 billion of Chinese imports") is parsed as
 * the noun it is, with what it is worth hanging on it, and the sign keeps its own word ({@link
 * CoreNlpSentenceParser#repairCurrencyTags}). Given "$" as it is, the parser hangs the preposition
 * on the verb and the sum on nothing, and the coder loses the imports' country.
 */
class CurrencyParseIT {

  @Test
  void aDollarSumAfterAPrepositionIsTheObliqueAndTakesItsOf() {
    ParsedSentence sentence =
        SharedPipeline.parser()
            .parse(
                new Document(
                    "dollars",
                    LocalDate.of(2018, 7, 6),
                    "The United States imposed tariffs on $34 billion of Chinese imports on Friday.",
                    "",
                    "",
                    "test"))
            .sentences()
            .get(0);
    int imposed = sentence.words().indexOf("imposed");
    int dollar = sentence.words().indexOf("$");
    int imports = sentence.words().indexOf("imports");
    assertThat(dollar).isPositive();
    assertThat(sentence.dependencies())
        .contains(new Dependency(imposed, dollar, "obl:on"))
        .contains(new Dependency(dollar, imports, "nmod:of"));
  }
}
