package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.entente.coder.CodedDocument;
import org.entente.core.Document;
import org.entente.core.Problem;
import org.entente.core.SharedFiles;
import org.entente.event.Area;
import org.entente.event.Event;
import org.entente.nlp.read.TextReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed op-ed, coded with real CoreNLP: the events and assessments the coder issue requires, and
 * no factual conflict between China and Russia.
 */
class SeedOpEdIT {

  private static CodedDocument coded;

  static Path shared() {
    return SharedFiles.root();
  }

  @BeforeAll
  static void code() {
    // read as a user would: the .txt with its .json sidecar, the bio box removed by the reader
    Path seed = shared().resolve("seed/china-russia-entente.txt");
    List<Problem> problems = new ArrayList<>();
    Document document;
    try (Stream<Document> documents = new TextReader(null).read(seed, problems::add)) {
      document = documents.findFirst().orElseThrow();
    }
    assertThat(problems).isEmpty();
    assertThat(document.date()).isEqualTo(LocalDate.of(2019, 6, 5));
    coded = SharedPipeline.coder().run(document, document.date()).coded();
  }

  @Test
  void nothingFromTheBioBox() {
    assertThat(coded.events())
        .noneMatch(e -> e.text().contains("Trenin") || e.text().contains("More >"));
  }

  private static List<Event> events(Predicate<Event> filter) {
    return coded.events().stream().filter(filter).toList();
  }

  @Test
  void xiVisitsRussia() {
    assertThat(
            events(
                e ->
                    e.source().code().equals("CHNGOV")
                        && "RUS".equals(e.target().country())
                        && e.cameo().code().equals("042")))
        .anySatisfy(e -> assertThat(e.text()).contains("visit to Russia"));
  }

  @Test
  void russiaSellsOilToChina() {
    assertThat(
            events(
                e ->
                    "RUS".equals(e.source().country())
                        && "CHN".equals(e.target().country())
                        && e.root().equals("06")))
        .anySatisfy(
            e -> {
              assertThat(e.text()).contains("volumes of oil");
              assertThat(e.area()).isEqualTo(Area.ENERGY);
            });
  }

  @Test
  void itProvidesMilitaryTechnology() {
    assertThat(
            events(
                e ->
                    "RUS".equals(e.source().country())
                        && "CHN".equals(e.target().country())
                        && e.cameo().code().equals("062")))
        .anySatisfy(e -> assertThat(e.text()).contains("military technology"));
  }

  @Test
  void obamaImposesSanctions() {
    assertThat(
            events(
                e ->
                    e.source().code().equals("USAGOV")
                        && "RUS".equals(e.target().country())
                        && e.cameo().code().equals("163")))
        .anySatisfy(e -> assertThat(e.text()).contains("Obama"));
  }

  @Test
  void trumpLaunchesATradeWar() {
    assertThat(
            events(
                e ->
                    e.source().code().equals("USAGOV")
                        && "CHN".equals(e.target().country())
                        && !e.quadClass().isCooperation()))
        .anySatisfy(e -> assertThat(e.text()).contains("trade war"));
  }

  @Test
  void representativesCooperateBothWays() {
    Predicate<Event> cooperation =
        e -> e.quadClass().isCooperation() && e.text().contains("representatives");
    assertThat(
            events(
                cooperation.and(
                    e -> e.source().code().equals("CHNGOV") && e.target().code().equals("RUSGOV"))))
        .isNotEmpty();
    assertThat(
            events(
                cooperation.and(
                    e -> e.source().code().equals("RUSGOV") && e.target().code().equals("CHNGOV"))))
        .isNotEmpty();
  }

  @Test
  void noFactualConflictBetweenChinaAndRussia() {
    assertThat(
            events(
                e ->
                    e.isFactual()
                        && !e.quadClass().isCooperation()
                        && List.of("CHN", "RUS").contains(e.source().country())
                        && List.of("CHN", "RUS").contains(e.target().country())))
        .isEmpty();
  }

  @Test
  void assessmentsStateTheThreeRelationships() {
    assertThat(coded.assessments())
        .extracting(a -> a.countryA() + "-" + a.countryB() + " " + a.label())
        .contains("CHN-RUS entente", "RUS-USA confrontation", "CHN-USA competition");
  }
}
