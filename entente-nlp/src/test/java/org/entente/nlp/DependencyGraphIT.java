package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.entente.core.Document;
import org.entente.text.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * The parser builds the enhanced++ graph alone, with a larger vector cache ({@link
 * CoreNlpSentenceParser#DEPENDENCY_CACHE_VECTORS}); CoreNLP's stock {@code depparse} annotator
 * builds five graphs from the same parse. The arcs must be the same, elided predicates and
 * conjunctions included, or the speed-up changed what the coder sees.
 */
class DependencyGraphIT {

  private static final String TEXT =
      String.join(
          "\n\n",
          "The two sides are expected to either agree within two weeks or in September.",
          "Russia sold gas to China and oil to India.",
          "Japan has offered warships to escort Kuwaiti tankers, officials said on Tuesday.",
          "Paris and Berlin signed the treaty, and Rome did too.",
          "Finance ministers of the seven leading industrial nations met in Paris to discuss"
              + " currencies, trade and the debt of developing countries.",
          "The minister said he wants to tell political leaders that Tokyo will not retaliate"
              + " against Washington's tariffs but will open its markets.",
          "Iran denied that it had attacked the ship, which was carrying oil from Kuwait to"
              + " Europe, and accused Iraq of the raid.");

  @Test
  void theEnhancedGraphBuiltAloneHasTheArcsOfTheStockAnnotator() {
    ParsedDocument ours =
        SharedPipeline.parser()
            .parse(new Document("arcs", LocalDate.of(1987, 3, 1), TEXT, "", "", "test"));

    Properties stock = new Properties();
    stock.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
    stock.setProperty("ssplit.newlineIsSentenceBreak", "two");
    Annotation annotation = new Annotation(TEXT);
    new StanfordCoreNLP(stock).annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);

    assertThat(ours.sentences()).hasSize(sentences.size()).hasSize(7);
    for (int i = 0; i < sentences.size(); i++) {
      assertThat(ours.sentences().get(i).dependencies())
          .as(ours.sentences().get(i).text())
          .containsExactlyElementsOf(
              CoreNlpSentenceParser.arcs(
                  sentences
                      .get(i)
                      .get(
                          SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation
                              .class)));
    }
  }
}
