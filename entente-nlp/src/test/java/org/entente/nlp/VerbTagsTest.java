package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tagger takes some nouns of recent news for verbs ("a massive drone and missile attack" tags
 * "drone" VB); after a determiner or a possessive, with only adjectives between, no verb's base
 * form can stand, so the word is given to the parser as a noun. The other way, a noun tag after a
 * modal and a time phrase ("will this week visit Britain") or a noun of intent between a name and
 * an infinitive ("Howe and Shultz plan to discuss") is a verb's.
 */
class VerbTagsTest {

  /** Tokens from "word/TAG" pairs. */
  private static List<CoreLabel> tagged(String sentence) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String pair : sentence.split(" ")) {
      String[] parts = pair.split("/");
      CoreLabel label = new CoreLabel();
      label.setWord(parts[0]);
      label.setValue(parts[0]);
      label.setTag(parts[1]);
      tokens.add(label);
    }
    return tokens;
  }

  private static String tags(String sentence) {
    List<CoreLabel> tokens = tagged(sentence);
    CoreNlpSentenceParser.repairVerbTags(tokens);
    return String.join(" ", tokens.stream().map(CoreLabel::tag).toList());
  }

  @Test
  void aVerbTagAfterADeterminerIsANoun() {
    assertThat(tags("Russia/NNP launched/VBD a/DT massive/JJ drone/VB and/CC missile/NN attack/NN"))
        .isEqualTo("NNP VBD DT JJ NN CC NN NN");
    assertThat(tags("the/DT economy/NN is/VBZ on/IN the/DT mend/VB")).endsWith("DT NN");
    assertThat(tags("delaying/VBG their/PRP$ pull/VB out/RP")).isEqualTo("VBG PRP$ NN RP");
    // after "a" a people's adjective or name is no people: "A Ukrainian drone struck…"
    assertThat(tags("A/DT Ukrainian/NNP drone/VB struck/VBD an/DT oil/NN depot/NN"))
        .startsWith("DT NNP NN VBD");
    // a noun joined by "and" before it modifies the same head: "a missile and drone attack"
    assertThat(tags("launched/VBD a/DT massive/JJ missile/NN and/CC drone/VB attack/NN"))
        .isEqualTo("VBD DT JJ NN CC NN NN");
  }

  @Test
  void aVerbWithNoNounAfterAndBeforeAnObjectIsAVerb() {
    assertThat(tags("to/TO send/VB ships/NNS to/IN the/DT area/NN and/CC accuse/NN Tokyo/NNP"))
        .endsWith("CC VB NNP");
    // before no object, or after anything but "and", "or", "to", the tag stays
    assertThat(tags("the/DT area/NN and/CC accuse/NN ./.")).endsWith("CC NN .");
    assertThat(tags("the/DT accuse/NN Tokyo/NNP")).isEqualTo("DT NN NNP");
  }

  @Test
  void aStatesMilitaryBeforeAVerbIsANoun() {
    assertThat(tags("Myanmar/NNP 's/POS military/JJ seized/VBN power/NN"))
        .isEqualTo("NNP POS NN VBD NN");
    assertThat(tags("the/DT military/JJ bowed/VBD out/RP")).isEqualTo("DT NN VBD RP");
    // before a noun it stays an adjective: "the military government"
    assertThat(tags("the/DT military/JJ government/NN said/VBD")).isEqualTo("DT JJ NN VBD");
  }

  @Test
  void assetFreezesAreNouns() {
    assertThat(tags("imposed/VBD travel/NN bans/NNS and/CC asset/NN freezes/VBZ on/IN Monday/NNP"))
        .isEqualTo("VBD NN NNS CC NN NNS IN NNP");
    assertThat(tags("Britain/NNP will/MD freeze/VB assets/NNS")).isEqualTo("NNP MD VB NNS");
  }

  @Test
  void aVerbAfterAPluralOrANameJoinedByAndStaysAVerb() {
    // plurals and names may be subjects joined by "and": their verb keeps its tag
    assertThat(tags("the/DT rebels/NNS and/CC militias/NNS drone/VBP on/RP"))
        .isEqualTo("DT NNS CC NNS VBP RP");
    assertThat(tags("the/DT king/NN and/CC Iran/NNP agree/VBP")).isEqualTo("DT NN CC NNP VBP");
    // two verbs joined: "to prop up the economy and lessen trade problems"
    assertThat(tags("prop/VB up/RP the/DT economy/NN and/CC lessen/VB trade/NN problems/NNS"))
        .isEqualTo("VB RP DT NN CC VB NN NNS");
  }

  @Test
  void verbsAfterPeopleOrElsewhereStayVerbs() {
    for (String sentence :
        List.of(
            "The/DT Japanese/JJ seem/VBP to/TO be/VB",
            "A/DT few/JJ have/VBP reached/VBN agreement/NN",
            "the/DT two/CD companies/NNS each/DT have/VBP a/DT stake/NN",
            "Iran/NNP and/CC Iraq/NNP agree/VBP")) {
      List<CoreLabel> tokens = tagged(sentence);
      String before = String.join(" ", tokens.stream().map(CoreLabel::tag).toList());
      assertThat(tags(sentence)).isEqualTo(before);
    }
  }

  @Test
  void aNounTagAfterAModalAndATimePhraseIsAVerb() {
    assertThat(tags("Funaro/NNP will/MD this/DT week/NN visit/NN Britain/NNP and/CC Italy/NNP"))
        .isEqualTo("NNP MD DT NN VB NNP CC NNP");
    assertThat(tags("they/PRP will/MD also/RB meet/NN officials/NNS")).contains("MD RB VB NNS");
    // right after the modal, or after words that are no time phrase, the tagger's tag stands
    assertThat(tags("sales/NNS will/MD shipment/NN growth/NN")).isEqualTo("NNS MD NN NN");
    assertThat(tags("exports/NNS will/MD rise/VB this/DT year/NN")).isEqualTo("NNS MD VB DT NN");
  }

  @Test
  void aVerbOfIntentBetweenANameAndAnInfinitiveIsAVerb() {
    assertThat(
            tags(
                "Howe/NNP and/CC Secretary/NNP of/IN State/NNP Shultz/NNP plan/NN to/TO"
                    + " discuss/VB trade/NN"))
        .isEqualTo("NNP CC NNP IN NNP NNP VBP TO VB NN");
    assertThat(tags("Japan/NNP Plans/NNS To/TO Cut/VB Tariffs/NNS")).startsWith("NNP VBZ TO VB");
    // after a determiner or a preposition the names modify the noun: "the U.S. plan to cut"
    assertThat(tags("The/DT U.S./NNP plan/NN to/TO cut/VB tariffs/NNS"))
        .isEqualTo("DT NNP NN TO VB NNS");
    assertThat(tags("ties/VBZ in/IN with/IN U.S./NNP plans/NNS to/TO escort/VB tankers/NNS"))
        .isEqualTo("VBZ IN IN NNP NNS TO VB NNS");
    assertThat(tags("subsidies/NNS and/CC U.S./NNP Plans/NNS to/TO end/VB them/PRP"))
        .isEqualTo("NNS CC NNP NNS TO VB PRP");
  }

  @Test
  void aCurrencySignBeforeAnAmountIsANoun() {
    List<CoreLabel> tokens = tagged("tariffs/NNS on/IN $/$ 34/CD billion/CD of/IN imports/NNS");
    CoreNlpSentenceParser.repairCurrencyTags(tokens);
    assertThat(tokens.get(2).tag()).isEqualTo(CoreNlpSentenceParser.CURRENCY_TAG);
    // a sign that stands before no amount keeps its tag
    List<CoreLabel> alone = tagged("the/DT $/$ rose/VBD");
    CoreNlpSentenceParser.repairCurrencyTags(alone);
    assertThat(alone.get(1).tag()).isEqualTo("$");
  }

  @Test
  void aNounAfterToUnderAVerbOfIntentWithAnObjectIsAVerb() {
    List<CoreLabel> tokens =
        tagged("ministers/NNS agreed/VBD to/IN sanction/NN 21/CD officials/NNS");
    tokens.get(1).setLemma("agree");
    CoreNlpSentenceParser.repairInfinitives(tokens);
    assertThat(tokens.get(3).tag()).isEqualTo("VB");
    assertThat(tokens.get(2).tag()).isEqualTo("TO");
    // "agreed to talks with Iran", "agreed to dialogue with Iran": no object follows
    List<CoreLabel> talks = tagged("Tehran/NNP agreed/VBD to/TO dialogue/NN with/IN Iran/NNP");
    talks.get(1).setLemma("agree");
    CoreNlpSentenceParser.repairInfinitives(talks);
    assertThat(talks.get(3).tag()).isEqualTo("NN");
  }

  @Test
  void anAdjectiveParticleBeforeAnObjectIsAParticle() {
    List<CoreLabel> tokens = tagged("Oli/NNP cut/VBD short/JJ a/DT visit/NN to/TO Indonesia/NNP");
    tokens.get(1).setLemma("cut");
    CoreNlpSentenceParser.repairParticles(tokens);
    assertThat(tokens.get(2).tag()).isEqualTo("RP");
    // "cut short-range missiles", "the talks were cut short": no particle
    for (String sentence :
        List.of(
            "Moscow/NNP cut/VBD short/JJ -/HYPH range/NN missiles/NNS",
            "were/VBD cut/VBN short/JJ ./.")) {
      List<CoreLabel> other = tagged(sentence);
      other.get(1).setLemma("cut");
      CoreNlpSentenceParser.repairParticles(other);
      assertThat(other.get(2).tag()).isEqualTo("JJ");
    }
  }
}
