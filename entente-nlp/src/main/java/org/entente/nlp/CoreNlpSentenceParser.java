package org.entente.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.ErasureUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.coder.actor.Datelines;
import org.entente.core.Document;
import org.entente.text.Dependency;
import org.entente.text.ParsedDocument;
import org.entente.text.ParsedSentence;
import org.entente.text.SentenceParser;
import org.entente.text.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses documents with Stanford CoreNLP, in this JVM: tokenize, ssplit, pos, lemma, the neural
 * dependency parser (enhanced++ dependencies), ner (SUTime dates and numbers); converts the result
 * to {@link ParsedSentence} records so that nothing after this class sees a CoreNLP type.
 *
 * <p>Statistical NER is off by default ({@link NerMode#DATES}): the dictionaries find the actors,
 * and the CRF taggers would cost three times the parse. {@link NerMode#FULL} turns them on, so that
 * names no dictionary knows are tagged as PERSON, ORGANIZATION, LOCATION.
 *
 * <p>One instance loads the models once (the dependency parser on a thread of its own, while the
 * others load) and is safe to share between threads.
 */
public final class CoreNlpSentenceParser implements SentenceParser {

  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpSentenceParser.class);

  /**
   * Sentences longer than this many tokens are not parsed: the dependency parser's time grows with
   * length, and such "sentences" are tables, lists or text without punctuation. News sentences run
   * to about 27 tokens on average and rarely pass 100.
   */
  public static final int MAX_SENTENCE_TOKENS = 150;

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

  /**
   * Tokens that can be part of a date the coder uses (a year, a month, a day, or one relative to
   * the publication date). SUTime costs about a third of the whole annotation, so it runs only on
   * sentences that have one: "Russia sold oil to China" needs no date tagger, "on Tuesday", "in
   * June 2014", "last year", "30 years ago" do.
   */
  public static final Pattern DATE_CUES =
      Pattern.compile(
          "(?i).*\\d.*|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march"
              + "|april|may|june|july|august|september|october|november|december|monday"
              + "|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow"
              + "|tonight|year|years|month|months|week|weeks|weekend|decade|decades|ago|quarter");

  /** How much named-entity recognition to run. */
  public enum NerMode {
    /** SUTime dates and numbers only: the fast default. */
    DATES,
    /** Also the statistical person/organisation/location taggers. */
    FULL
  }

  /**
   * How many hidden-layer vectors of rare words the dependency parser keeps (CoreNLP's {@code
   * depparse.numCached}; its default is 5,000). A vector is a thousand floats, so the cache takes
   * about 200 MB; computing a missed one costs 50,000 multiplications. The cached vector is the one
   * that would be computed, so the parses do not change; on Reuters the parser's time per sentence
   * drops by a fifth (bench/coder).
   */
  public static final int DEPENDENCY_CACHE_VECTORS = 50_000;

  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP annotator;
  private final DependencyParser dependencies;
  private final StanfordCoreNLP dates;
  private final NerMode nerMode;

  public CoreNlpSentenceParser() {
    this(NerMode.DATES);
  }

  public CoreNlpSentenceParser(NerMode nerMode) {
    long start = System.nanoTime();
    // the dependency parser takes longest to load (its model is text, and it precomputes the
    // vectors of the frequent words): it loads while the others do
    Background<DependencyParser> dependencyParser =
        Background.load("entente-load-depparse", CoreNlpSentenceParser::dependencyParser);
    Properties split = new Properties();
    split.setProperty("annotators", "tokenize,ssplit");
    split.setProperty("ssplit.newlineIsSentenceBreak", "two");
    split.setProperty("tokenize.options", "untokenizable=noneDelete");
    this.splitter = new StanfordCoreNLP(split);

    Properties annotate = new Properties();
    annotate.setProperty("annotators", "pos,lemma");
    annotate.setProperty("enforceRequirements", "false");
    this.annotator = new StanfordCoreNLP(annotate);

    Properties ner = new Properties();
    ner.setProperty("annotators", "ner");
    ner.setProperty("enforceRequirements", "false");
    ner.setProperty("ner.applyFineGrained", "false");
    ner.setProperty("ner.buildEntityMentions", "false");
    ner.setProperty("ner.useSUTime", "true");
    ner.setProperty("ner.applyNumericClassifiers", "true");
    // SUTime's holiday rules need JAXB, which Java 17 no longer ships; holidays are not events
    ner.setProperty("ner.sutime.binders", "0");
    if (nerMode == NerMode.DATES) {
      ner.setProperty("ner.model", "");
    }
    this.nerMode = nerMode;
    this.dates = new StanfordCoreNLP(ner);
    this.dependencies = dependencyParser.get();
    LOG.info(
        "CoreNLP loaded in {} ms (ner: {})",
        (System.nanoTime() - start) / 1_000_000,
        nerMode.name().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public ParsedDocument parse(Document document) {
    String text = document.text();
    Annotation annotation = new Annotation(text);
    if (document.date() != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, document.date().toString());
    }
    splitter.annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<String> skipped = new ArrayList<>();
    List<CoreMap> kept = new ArrayList<>(sentences.size());
    List<Integer> indexes = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap sentence = sentences.get(i);
      int size = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
      if (size > MAX_SENTENCE_TOKENS) {
        skipped.add(
            String.format(
                "sentence %d has %d tokens (more than %d); not parsed",
                i, size, MAX_SENTENCE_TOKENS));
      } else {
        kept.add(sentence);
        indexes.add(i);
      }
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, kept);
    for (CoreMap sentence : kept) {
      sentence.set(
          CoreAnnotations.TokensAnnotation.class,
          joinHyphenatedNames(sentence.get(CoreAnnotations.TokensAnnotation.class)));
    }
    List<CoreLabel> keptTokens = new ArrayList<>();
    for (CoreMap sentence : kept) {
      keptTokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, keptTokens);
    for (CoreMap sentence : kept) {
      repairWireCapitals(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
    annotator.annotate(annotation);
    for (CoreMap sentence : kept) {
      repairVerbTags(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
    for (int k = 0; k < kept.size(); k++) {
      parseDependencies(kept.get(k), indexes.get(k) == 0);
    }
    tagDates(annotation, kept);

    List<Integer> breaks = paragraphBreaks(text);
    List<ParsedSentence> parsed = new ArrayList<>(kept.size());
    for (int k = 0; k < kept.size(); k++) {
      parsed.add(convert(text, kept.get(k), indexes.get(k), breaks, document.date()));
    }
    return new ParsedDocument(document, parsed, skipped);
  }

  /** CoreNLP's neural dependency parser (its English UD model) with the larger cache. */
  static DependencyParser dependencyParser() {
    Properties properties = new Properties();
    properties.setProperty("numCached", Integer.toString(DEPENDENCY_CACHE_VECTORS));
    return DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, properties);
  }

  /**
   * Parses one tagged sentence and keeps its enhanced++ dependencies, the only graph this class
   * reads. CoreNLP's {@code depparse} annotator also builds the basic, collapsed, cc-processed and
   * enhanced graphs from the same parse, which cost a fifth of the parser's time; the enhanced++
   * graph built alone has the same arcs (only the numbering of the copy nodes of elided predicates,
   * which {@link #arcs} leaves out, can differ).
   */
  private void parseDependencies(CoreMap sentence, boolean opening) {
    if (opening && parseAfterDateline(sentence)) {
      return;
    }
    GrammaticalStructure structure = predict(sentence);
    sentence.set(
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
        SemanticGraphFactory.makeFromTree(
            structure,
            SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
            GrammaticalStructure.Extras.NONE,
            null));
  }

  /** Words a sentence must keep after its dateline to be parsed without it. */
  static final int MIN_WORDS_AFTER_DATELINE = 3;

  /** The arcs of a sentence parsed without the dateline that opens it, by token of the sentence. */
  private static final class DatelineArcs implements CoreAnnotation<List<Dependency>> {
    @Override
    public Class<List<Dependency>> getType() {
      return ErasureUtils.uncheckedCast(List.class);
    }
  }

  /**
   * Tags and parses the opening sentence of a story without its dateline ("MOSCOW (Reuters) -
   * Russia expelled two Estonian diplomats…"): with it, the parser may take the place for the
   * subject and the country for its apposition, and the coder, which never takes a dateline for an
   * actor, loses the subject. The dateline's tokens stay in the sentence, hung on its root, so the
   * coder still reads where the story was filed ({@link Datelines}). Returns whether the sentence
   * opened with a dateline and was parsed so.
   */
  private boolean parseAfterDateline(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> words = new ArrayList<>(tokens.size());
    for (CoreLabel label : tokens) {
      words.add(
          new Token(
              words.size(),
              label.word(),
              label.word(),
              label.tag() == null ? "" : label.tag(),
              "",
              "",
              label.beginPosition(),
              label.endPosition()));
    }
    int dateline = Datelines.end(new ParsedSentence(0, 0, "", words, List.of()));
    if (dateline == 0 || tokens.size() - dateline < MIN_WORDS_AFTER_DATELINE) {
      return false;
    }
    List<CoreLabel> rest = new ArrayList<>(tokens.size() - dateline);
    for (int i = dateline; i < tokens.size(); i++) {
      CoreLabel copy = new CoreLabel(tokens.get(i));
      copy.setIndex(i - dateline + 1);
      rest.add(copy);
    }
    CoreMap lead = new ArrayCoreMap();
    lead.set(CoreAnnotations.TokensAnnotation.class, rest);
    Annotation tagging = new Annotation("");
    tagging.set(CoreAnnotations.TokensAnnotation.class, rest);
    tagging.set(CoreAnnotations.SentencesAnnotation.class, List.of(lead));
    annotator.annotate(tagging);
    repairVerbTags(rest);
    for (int i = 0; i < rest.size(); i++) {
      tokens.get(dateline + i).setTag(rest.get(i).tag());
      tokens.get(dateline + i).setLemma(rest.get(i).lemma());
    }
    SemanticGraph graph =
        SemanticGraphFactory.makeFromTree(
            predict(lead),
            SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
            GrammaticalStructure.Extras.NONE,
            null);
    List<Dependency> arcs = new ArrayList<>();
    int root = -1;
    for (Dependency arc : arcs(graph)) {
      if (arc.head() < 0) {
        root = arc.dependent() + dateline;
        arcs.add(new Dependency(-1, root, arc.relation()));
      } else {
        arcs.add(new Dependency(arc.head() + dateline, arc.dependent() + dateline, arc.relation()));
      }
    }
    if (root < 0) {
      return false;
    }
    for (int i = 0; i < dateline; i++) {
      arcs.add(new Dependency(root, i, "dep"));
    }
    sentence.set(DatelineArcs.class, arcs);
    return true;
  }

  /** Words after which a word is a noun's, never a verb's base form: "a massive drone attack". */
  static final Set<String> NOUN_OPENERS =
      Set.of("a", "an", "the", "its", "their", "his", "her", "our");

  /** Articles after which a phrase names one thing, whatever adjectives follow: "a", "an". */
  static final Set<String> SINGULAR_OPENERS = Set.of("a", "an");

  /**
   * Adjectives after which a verb may follow all the same, as the adjective stands for people: "A
   * few have reached agreement", "The Japanese seem…" (a capitalised adjective is a people).
   */
  static final Set<String> PEOPLE_ADJECTIVES = Set.of("few", "many", "several", "other", "others");

  /**
   * Retags as a noun a word the tagger took for a verb's base form (VB, VBP) after a determiner or
   * a possessive, with at most adjectives between: "launched a massive drone and missile attack"
   * has "drone" VB from the tagger, which the parser then makes a clause of. No English verb's base
   * form stands there.
   */
  /**
   * Words of today's wars that the tagger takes for verbs and that news uses as nouns: after a noun
   * and "and" they modify the same head ("a missile and drone attack"). Not any verb there: "to
   * prop up the economy and lessen trade problems" joins two verbs.
   */
  static final Set<String> NOUN_FIRST_WORDS = Set.of("drone", "drones");

  /**
   * Nouns that make a compound with the noun before them, where the tagger takes them for a verb in
   * the present: "imposed travel bans and asset freezes" has "freezes" VBZ, and the parser loses
   * the sanctions' targets with it.
   */
  static final Map<String, Set<String>> COMPOUND_HEADS =
      Map.of("asset", Set.of("freeze", "freezes"));

  /**
   * Adjectives that news uses as nouns for a state's body: "Myanmar's military seized power" has
   * "military" JJ and "seized" VBN from the tagger, and the parser makes "power" the sentence's
   * root.
   */
  static final Set<String> BODY_ADJECTIVES = Set.of("military");

  /** Tags after which a word opens a noun phrase: a possessive "'s", a determiner, "its". */
  static final Set<String> PHRASE_OPENING_TAGS = Set.of("POS", "DT", "PRP$");

  /**
   * Retags as a noun a word of {@link #BODY_ADJECTIVES} that opens a phrase and stands before a
   * verb, and a participle right after it as a past: "Zimbabwe's military took control", "the
   * military seized power".
   */
  static void repairBodyAdjectives(List<CoreLabel> tokens) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      CoreLabel next = tokens.get(i + 1);
      if ("JJ".equals(word.tag())
          && BODY_ADJECTIVES.contains(word.word().toLowerCase(java.util.Locale.ROOT))
          && PHRASE_OPENING_TAGS.contains(tokens.get(i - 1).tag())
          && next.tag() != null
          && (next.tag().startsWith("VB") || "MD".equals(next.tag()))) {
        word.setTag("NN");
        word.setLemma(word.word().toLowerCase(java.util.Locale.ROOT));
        if ("VBN".equals(next.tag())) {
          next.setTag("VBD");
        }
      }
    }
  }

  /** Retags as a noun a word of {@link #COMPOUND_HEADS} right after its modifier. */
  static void repairCompoundHeads(List<CoreLabel> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      String modifier = tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT);
      String lower = word.word().toLowerCase(java.util.Locale.ROOT);
      if (word.tag() != null
          && word.tag().startsWith("VB")
          && COMPOUND_HEADS.getOrDefault(modifier.replaceAll("s$", ""), Set.of()).contains(lower)) {
        word.setTag(lower.endsWith("s") ? "NNS" : "NN");
        word.setLemma(lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower);
      }
    }
  }

  /** Conjunctions that join two nouns modifying one: "a missile and drone attack". */
  static final Set<String> NOUN_CONJUNCTIONS = Set.of("and", "or");

  /**
   * Whether {@code at} is "and" or "or" after a common noun in the singular, with a word after that
   * can open the phrase ({@link #NOUN_OPENERS}, an adjective or another such pair) further left: "a
   * massive missile and drone attack". Not after a plural or a name, which may be a subject
   * ("Rebels and militias drone on").
   */
  private static boolean isNounConjunction(List<CoreLabel> tokens, int at) {
    return at >= 2
        && "CC".equals(tokens.get(at).tag())
        && NOUN_CONJUNCTIONS.contains(tokens.get(at).word().toLowerCase(java.util.Locale.ROOT))
        && "NN".equals(tokens.get(at - 1).tag());
  }

  static void repairVerbTags(List<CoreLabel> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      String tag = tokens.get(i).tag();
      if (!"VB".equals(tag) && !"VBP".equals(tag)) {
        continue;
      }
      int before = i - 1;
      boolean people = false;
      boolean nationals = false;
      while (before > 0) {
        if (NOUN_FIRST_WORDS.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT))
            && isNounConjunction(tokens, before)) {
          // "a massive missile and drone attack": a noun joined by "and" modifies as "drone" does
          before -= 2;
          continue;
        }
        if (!("JJ".equals(tokens.get(before).tag()) || "NNP".equals(tokens.get(before).tag()))) {
          break;
        }
        String adjective = tokens.get(before).word();
        nationals |= Character.isUpperCase(adjective.charAt(0));
        people |= PEOPLE_ADJECTIVES.contains(adjective.toLowerCase(java.util.Locale.ROOT));
        before--;
      }
      // "A Ukrainian drone struck…": after "a" a nationality names one thing, not people who act
      boolean one =
          SINGULAR_OPENERS.contains(tokens.get(before).word().toLowerCase(java.util.Locale.ROOT));
      if (people || (nationals && !one)) {
        continue;
      }
      if (NOUN_OPENERS.contains(tokens.get(before).word().toLowerCase(java.util.Locale.ROOT))) {
        tokens.get(i).setTag("NN");
        tokens.get(i).setLemma(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT));
      }
    }
    repairVerbsAfterModals(tokens);
    repairControlVerbs(tokens);
    repairCurrencyTags(tokens);
    repairInfinitives(tokens);
    repairVerbOnlyWords(tokens);
    repairCompoundHeads(tokens);
    repairBodyAdjectives(tokens);
    repairParticles(tokens);
  }

  /**
   * Adjectives that are a verb's particle right after it, before its object: "cut short a visit"
   * (the tagger's JJ makes the parser hang "visit" on "short", and the visit is lost).
   */
  static final Map<String, Set<String>> PARTICLE_ADJECTIVES = Map.of("cut", Set.of("short"));

  /** Retags as a particle (RP) an adjective of {@link #PARTICLE_ADJECTIVES} before an object. */
  static void repairParticles(List<CoreLabel> tokens) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel verb = tokens.get(i - 1);
      CoreLabel word = tokens.get(i);
      if ("JJ".equals(word.tag())
          && verb.tag() != null
          && verb.tag().startsWith("VB")
          && verb.lemma() != null
          && PARTICLE_ADJECTIVES
              .getOrDefault(verb.lemma().toLowerCase(java.util.Locale.ROOT), Set.of())
              .contains(word.word().toLowerCase(java.util.Locale.ROOT))
          && OBJECT_OPENERS.contains(tokens.get(i + 1).tag())) {
        word.setTag("RP");
      }
    }
  }

  /** Verbs that take a to-infinitive of what their subject means to do: "agreed to sanction". */
  static final Set<String> INFINITIVE_TAKERS =
      Set.of(
          "agree",
          "decide",
          "vow",
          "pledge",
          "plan",
          "promise",
          "threaten",
          "want",
          "seek",
          "move",
          "refuse",
          "try",
          "aim",
          "hope",
          "offer",
          "vote",
          "continue",
          "begin",
          "start",
          "fail",
          "attempt",
          "prepare",
          "intend",
          "expect",
          "need",
          "urge",
          "ask",
          "call");

  /** Tags of the word that opens an object: a determiner, a number, a name, a pronoun. */
  static final Set<String> OBJECT_OPENERS = Set.of("DT", "CD", "NNP", "NNPS", "PRP", "PRP$", "JJ");

  /**
   * Retags as a verb a noun the tagger put right after "to" under a verb of intent, where an object
   * follows: "EU ministers agreed to sanction 21 officials" has "sanction" NN, which the parser
   * then makes what was agreed to, and the sanctions are lost. "agreed to talks with Iran" (a
   * plural, then a preposition) stays a noun.
   */
  static void repairInfinitives(List<CoreLabel> tokens) {
    for (int i = 2; i + 1 < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      CoreLabel before = tokens.get(i - 2);
      if ("NN".equals(word.tag())
          && tokens.get(i - 1).word().equalsIgnoreCase("to")
          && before.tag() != null
          && before.tag().startsWith("VB")
          && before.lemma() != null
          && INFINITIVE_TAKERS.contains(before.lemma().toLowerCase(java.util.Locale.ROOT))
          && OBJECT_OPENERS.contains(tokens.get(i + 1).tag())) {
        word.setTag("VB");
        word.setLemma(word.word().toLowerCase(java.util.Locale.ROOT));
        tokens.get(i - 1).setTag("TO"); // the tagger had "to" a preposition, before a noun
      }
    }
  }

  /**
   * Base forms of verbs of acting on another that English has no noun for: "accuse", "urge",
   * "condemn". After "and", "or" or "to" and before an object they are verbs, whatever the tagger
   * says.
   */
  static final Set<String> VERB_ONLY_WORDS =
      Set.of("accuse", "urge", "condemn", "criticise", "criticize", "denounce", "expel");

  /** Words after which a verb's base form follows: "to send ships … and accuse Tokyo". */
  static final Set<String> BASE_FORM_OPENERS = Set.of("and", "or", "to");

  /**
   * Retags as a verb's base form a word of {@link #VERB_ONLY_WORDS} the tagger took for a noun:
   * "prompting China to send two patrol ships to the area and accuse Tokyo of trampling on its
   * sovereignty" has "accuse" NN, which the parser joins to "the area", and the accusation is lost.
   */
  static void repairVerbOnlyWords(List<CoreLabel> tokens) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      if (word.tag() != null
          && word.tag().startsWith("NN")
          && VERB_ONLY_WORDS.contains(word.word().toLowerCase(java.util.Locale.ROOT))
          && BASE_FORM_OPENERS.contains(tokens.get(i - 1).word().toLowerCase(java.util.Locale.ROOT))
          && OBJECT_OPENERS.contains(tokens.get(i + 1).tag())) {
        word.setTag("VB");
        word.setLemma(word.word().toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  /**
   * Retags as a noun a currency sign before an amount ("$34 billion", "US$5 million", "£2
   * billion"): tagged "$", the sign after a preposition makes the parser hang the preposition on
   * the verb and the whole amount on nothing ("imposed tariffs on $34 billion of Chinese imports"
   * loses the imports), where "on USD 34 billion" or "on 34 billion dollars" parse right. As a noun
   * the sign heads its amount, as the treebanks have it.
   */
  static void repairCurrencyTags(List<CoreLabel> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if ("$".equals(tokens.get(i).tag()) && "CD".equals(tokens.get(i + 1).tag())) {
        tokens.get(i).setTag(CURRENCY_TAG);
      }
    }
  }

  /** The tag a currency sign before an amount is parsed with ({@link #repairCurrencyTags}). */
  static final String CURRENCY_TAG = "NN";

  /**
   * The word the parser is given for a bare "$" before an amount: with "$" itself it still hangs
   * "on $34 billion" on nothing, whatever the tag; with "US$" it parses the amount as the noun it
   * is. The token keeps its own word.
   */
  static final String PARSED_DOLLAR = "US$";

  /** Parses a tagged sentence, giving the parser {@link #PARSED_DOLLAR} for a bare "$". */
  private GrammaticalStructure predict(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreLabel> dollars = new ArrayList<>();
    for (CoreLabel token : tokens) {
      if (token.word().equals("$") && CURRENCY_TAG.equals(token.tag())) {
        dollars.add(token);
        token.setWord(PARSED_DOLLAR);
      }
    }
    try {
      return dependencies.predict(sentence);
    } finally {
      for (CoreLabel token : dollars) {
        token.setWord("$");
      }
    }
  }

  /** Modal verbs, after which a verb's base form follows. */
  static final Set<String> MODALS =
      Set.of("will", "would", "shall", "should", "can", "could", "may", "might", "must");

  /**
   * Words of a time or manner phrase that may stand between a modal and its verb, and the days of
   * the week ({@link org.entente.coder.predicate.NominalEvents#WEEKDAYS}).
   */
  static final Set<String> BETWEEN_MODAL_AND_VERB =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(
                  "this",
                  "next",
                  "last",
                  "each",
                  "every",
                  "week",
                  "weekend",
                  "month",
                  "year",
                  "today",
                  "tomorrow",
                  "also",
                  "soon",
                  "later",
                  "then",
                  "now",
                  "probably",
                  "formally",
                  "officially",
                  "jointly",
                  "again",
                  "still"),
              org.entente.coder.predicate.NominalEvents.WEEKDAYS.stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Retags as a verb's base form a word the tagger took for a noun after a modal and a time phrase:
   * "will this week visit Britain, France…" has "visit" NN, which the parser then makes a compound
   * of "Britain". After "will" and such words only a verb stands.
   */
  static void repairVerbsAfterModals(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!"MD".equals(tokens.get(i).tag())
          || !MODALS.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int next = i + 1;
      while (next < tokens.size()
          && BETWEEN_MODAL_AND_VERB.contains(
              tokens.get(next).word().toLowerCase(java.util.Locale.ROOT))) {
        next++;
      }
      if (next == i + 1 || next + 1 >= tokens.size()) {
        continue; // right after the modal the tagger is right
      }
      CoreLabel word = tokens.get(next);
      if (("NN".equals(word.tag()) || "NNP".equals(word.tag()))
          && Character.isLowerCase(word.word().charAt(0))) {
        word.setTag("VB");
        word.setLemma(word.word().toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  /**
   * A name written in initials ("U.S.", "U.K.") before a noun of intent is its modifier, not its
   * subject: "and U.S. plans to eliminate farm subsidies", "a reported U.S. offer to sell".
   */
  static final Pattern INITIALS = Pattern.compile("[A-Z](\\.[A-Z])+\\.?");

  /** Tags before a run of names that make the run a noun's modifier, not a subject. */
  static final Set<String> NAME_NOT_SUBJECT = Set.of("DT", "PRP$", "POS", "IN", "TO");

  private static boolean isName(CoreLabel token) {
    return "NNP".equals(token.tag()) || "NNPS".equals(token.tag());
  }

  /** Verbs of intent that are nouns too: "Howe and Shultz plan to discuss…". */
  static final Set<String> CONTROL_VERBS =
      Set.of("plan", "hope", "aim", "need", "offer", "pledge", "vow", "promise");

  /**
   * Retags as a verb a word of {@link #CONTROL_VERBS} the tagger took for a noun between a name and
   * a to-infinitive: "Sir Geoffrey Howe and U.S. Secretary of State George Shultz plan to discuss"
   * has "plan" NN. Not after a determiner or a preposition, nor after initials: "The U.S. plan to
   * cut tariffs", "and U.S. plans to eliminate farm subsidies" are nouns.
   */
  static void repairControlVerbs(List<CoreLabel> tokens) {
    for (int i = 1; i + 2 < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      String lower = word.word().toLowerCase(java.util.Locale.ROOT);
      boolean plural = lower.endsWith("s");
      String base = plural ? lower.substring(0, lower.length() - 1) : lower;
      if (!("NN".equals(word.tag()) || "NNS".equals(word.tag()))
          || !CONTROL_VERBS.contains(base)
          || !"NNP".equals(tokens.get(i - 1).tag())
          || INITIALS.matcher(tokens.get(i - 1).word()).matches()
          || !"TO".equals(tokens.get(i + 1).tag())
          || !"VB".equals(tokens.get(i + 2).tag())) {
        continue;
      }
      int start = i - 1;
      while (start > 0
          && (isName(tokens.get(start - 1))
              // "Secretary of State George Shultz": a title's "of" is inside the name
              || start > 1
                  && tokens.get(start - 1).word().equals("of")
                  && isName(tokens.get(start - 2)))) {
        start--;
      }
      if (start > 0 && NAME_NOT_SUBJECT.contains(tokens.get(start - 1).tag())) {
        continue; // "the U.S. plan to…", "ties in with U.S. plans to escort…": a noun
      }
      word.setTag(plural ? "VBZ" : "VBP");
      word.setLemma(base);
    }
  }

  /** Abbreviations after which old wire copy capitalises the next word. */
  static final Set<String> WIRE_ABBREVIATIONS = Set.of("U.S.", "U.K.");

  /**
   * Common words that the Reuters wire of the 1980s capitalises after "U.S." as if a sentence began
   * there ("The U.S. Has offered warships…", "U.S. Officials said…", "the U.S. And Japan"). The
   * parser takes them for names and mangles the sentence, so they are given to it in lower case;
   * the text and the tokens' offsets stay as written. Words that begin names ("U.S. Trade
   * Representative", "U.S. Treasury", "U.S. Navy") are not in the list.
   */
  static final Set<String> WIRE_CAPITALS =
      Set.of(
          "and",
          "or",
          "but",
          "to",
          "in",
          "on",
          "at",
          "of",
          "for",
          "with",
          "from",
          "by",
          "as",
          "into",
          "than",
          "is",
          "was",
          "were",
          "are",
          "be",
          "been",
          "has",
          "had",
          "have",
          "will",
          "would",
          "could",
          "should",
          "may",
          "might",
          "must",
          "can",
          "not",
          "also",
          "said",
          "says",
          "officials",
          "official",
          "dlrs",
          "dlr",
          "dollar",
          "dollars",
          "banks",
          "firms",
          "companies",
          "exports",
          "imports",
          "sanctions",
          "tariffs",
          "action",
          "attack",
          "market",
          "economy",
          "position",
          "interest",
          "producers",
          "investors",
          "sources",
          "negotiators",
          "warships",
          "ships",
          "troops",
          "forces",
          "plan",
          "proposal",
          "offer",
          "demand",
          "pressure",
          "do",
          "does",
          "did",
          "now",
          "still",
          "which",
          "who",
          "that",
          "wants",
          "wanted",
          "plans",
          "planned",
          "agreed",
          "agrees",
          "attacked",
          "goods",
          "deficit",
          "policy",
          "policies",
          "interests",
          "authorities",
          "delegation",
          "side",
          "team",
          "government");

  /**
   * Second parts of hyphenated compounds that are English words, not the second syllable of a given
   * name: "United States-led", "Seoul-based", "Korea-wide".
   */
  static final Set<String> COMPOUND_ENDINGS =
      Set.of(
          "led", "run", "made", "born", "based", "style", "era", "type", "wide", "only", "free",
          "bound", "like", "held", "built", "rich", "poor", "size", "level", "class", "range",
          "scale", "time", "year", "day", "old", "new", "long", "term", "line", "side", "ward",
          "area", "bloc", "zone", "war");

  /** The longest name syllable {@link #joinHyphenatedNames} joins on either side of a hyphen. */
  static final int NAME_SYLLABLE = 6;

  /**
   * Joins a given name the tokenizer split at its hyphen into one token: "Moon Jae-in", "Ban
   * Ki-moon", "Sung Yun-mo". Split, "Jae - in" gives the parser a preposition "in" inside a name
   * and the whole sentence goes wrong. A capitalised syllable after a capitalised name, a hyphen
   * and a lower-case syllable that is no English compound's ending ({@link #COMPOUND_ENDINGS}, nor
   * one in "-ed") are joined; "U.S.-led" and "Iran-backed" stay split.
   */
  static List<CoreLabel> joinHyphenatedNames(List<CoreLabel> tokens) {
    List<CoreLabel> joined = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      if (i > 0
          && i + 2 < tokens.size()
          && isNameSyllable(tokens.get(i - 1).word(), true)
          && isNameSyllable(tokens.get(i).word(), true)
          && tokens.get(i + 1).word().equals("-")
          && tokens.get(i + 1).beginPosition() == tokens.get(i).endPosition()
          && tokens.get(i + 2).beginPosition() == tokens.get(i + 1).endPosition()
          && isNameSyllable(tokens.get(i + 2).word(), false)
          && !tokens.get(i + 2).word().endsWith("ed")
          && !COMPOUND_ENDINGS.contains(tokens.get(i + 2).word())) {
        CoreLabel name = new CoreLabel(tokens.get(i));
        String word = tokens.get(i).word() + "-" + tokens.get(i + 2).word();
        name.setWord(word);
        name.setValue(word);
        name.setOriginalText(word);
        name.setEndPosition(tokens.get(i + 2).endPosition());
        joined.add(name);
        i += 3;
      } else {
        joined.add(tokens.get(i));
        i++;
      }
    }
    if (joined.size() == tokens.size()) {
      return tokens;
    }
    for (int k = 0; k < joined.size(); k++) {
      joined.get(k).setIndex(k + 1);
    }
    return joined;
  }

  /**
   * A capitalised or lower-case syllable of a name: letters only, at most {@link #NAME_SYLLABLE}.
   */
  private static boolean isNameSyllable(String word, boolean capitalised) {
    if (word.isEmpty()
        || word.length() > NAME_SYLLABLE
        || !word.chars().allMatch(Character::isLetter)) {
      return false;
    }
    boolean upper = Character.isUpperCase(word.charAt(0));
    return capitalised
        ? upper
            && word.length() > 1
            && word.substring(1).equals(word.substring(1).toLowerCase(java.util.Locale.ROOT))
        : word.equals(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** Lower-cases the {@link #WIRE_CAPITALS} right after a {@link #WIRE_ABBREVIATIONS}. */
  static void repairWireCapitals(List<CoreLabel> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      if (WIRE_ABBREVIATIONS.contains(tokens.get(i - 1).word())
          && !word.equals(lower)
          && Character.isUpperCase(word.charAt(0))
          && word.substring(1).equals(lower.substring(1))
          && WIRE_CAPITALS.contains(lower)) {
        tokens.get(i).setWord(lower);
        tokens.get(i).setValue(lower);
      }
    }
  }

  /**
   * Runs the NER annotator (SUTime) on the sentences that need it: all of them with full NER, else
   * those with a {@link #DATE_CUES} token. The others' tokens are tagged O.
   */
  private void tagDates(Annotation annotation, List<CoreMap> sentences) {
    List<CoreMap> tagged = new ArrayList<>();
    List<CoreLabel> taggedTokens = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (nerMode == NerMode.FULL || hasDateCue(tokens)) {
        tagged.add(sentence);
        taggedTokens.addAll(tokens);
      } else {
        tokens.forEach(token -> token.setNER("O"));
      }
    }
    if (!tagged.isEmpty()) {
      annotation.set(CoreAnnotations.SentencesAnnotation.class, tagged);
      annotation.set(CoreAnnotations.TokensAnnotation.class, taggedTokens);
      dates.annotate(annotation);
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
  }

  /** Time zones and words that make a preceding four-digit number a clock time. */
  static final Pattern CLOCK_SUFFIX =
      Pattern.compile(
          "(?i)gmt|utc|z|hrs|hours|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|eet|eest"
              + "|msk|ist|jst|hkt|sgt|aest|aedt");

  private static final Pattern HOURS_MINUTES = Pattern.compile("([01]\\d|2[0-3])[0-5]\\d");

  /**
   * Whether token {@code i}, which SUTime took for a year, is a clock time: four digits that read
   * as hours and minutes, followed by a time zone or "hours" ("at 1100 GMT", "0630 local time",
   * "1800 hrs"). Wire copy writes times this way, and SUTime would date the event in the year 1100.
   */
  static boolean isClockTime(List<CoreLabel> tokens, int i) {
    if (!HOURS_MINUTES.matcher(tokens.get(i).word()).matches() || i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).word();
    return CLOCK_SUFFIX.matcher(next).matches()
        || next.equalsIgnoreCase("local")
            && i + 2 < tokens.size()
            && tokens.get(i + 2).word().equalsIgnoreCase("time");
  }

  /** Whether token {@code i} is a clock time or the time zone right after one. */
  static boolean inClockTime(List<CoreLabel> tokens, int i) {
    return isClockTime(tokens, i)
        || i >= 1 && isClockTime(tokens, i - 1)
        || i >= 2
            && isClockTime(tokens, i - 2)
            && tokens.get(i - 1).word().equalsIgnoreCase("local");
  }

  static boolean hasDateCue(List<CoreLabel> tokens) {
    for (CoreLabel token : tokens) {
      if (DATE_CUES.matcher(token.word()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static List<Integer> paragraphBreaks(String text) {
    List<Integer> breaks = new ArrayList<>();
    Matcher matcher = PARAGRAPH_BREAK.matcher(text);
    while (matcher.find()) {
      breaks.add(matcher.start());
    }
    return breaks;
  }

  /** Words before a weekday that say which one it is, which SUTime then resolves: "next Monday". */
  static final Set<String> WEEK_QUALIFIERS =
      Set.of("next", "last", "this", "coming", "past", "previous", "following");

  /**
   * The date a bare weekday in a story of {@code date} names: the last such day on or before it
   * when told in the past ("met in Aleppo on Tuesday" in a story of Monday 2 March 2015 → 24
   * February), the next on or after it otherwise ("will meet on Tuesday" → 3 March). SUTime
   * resolves a bare weekday to one week or the other depending on what the pipeline annotated
   * before, so one story could be dated two ways; the coder reads a present tense with a weekday as
   * a day to come itself ({@code EventDates}). Null when the token is no bare weekday.
   */
  static String bareWeekday(List<CoreLabel> labels, int i, java.time.LocalDate date) {
    if (date == null) {
      return null;
    }
    java.time.DayOfWeek day;
    try {
      day = java.time.DayOfWeek.valueOf(labels.get(i).word().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException notADay) {
      return null;
    }
    if (i > 0
        && WEEK_QUALIFIERS.contains(labels.get(i - 1).word().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    boolean alone =
        (i == 0 || !"DATE".equals(labels.get(i - 1).ner()))
            && (i + 1 == labels.size() || !"DATE".equals(labels.get(i + 1).ner()));
    if (!alone) {
      return null; // "Tuesday, March 3": the date says which
    }
    return (toldInThePast(labels, i)
            ? date.with(java.time.temporal.TemporalAdjusters.previousOrSame(day))
            : date.with(java.time.temporal.TemporalAdjusters.nextOrSame(day)))
        .toString();
  }

  /**
   * Whether the tense nearest before the weekday (else after it) is the past: "met in Aleppo on
   * Tuesday", "tried to assassinate him on Friday", "On Tuesday, the ministers met" are past; "will
   * meet on Tuesday", "arrives on Tuesday", "is to arrive on Tuesday" are to come. Infinitives and
   * present participles take their tense from the verb before them; a past participle is past ("has
   * been killed on Tuesday"). With no tense, the past: news reports.
   */
  private static boolean toldInThePast(List<CoreLabel> labels, int weekday) {
    Boolean before = tense(labels, weekday - 1, -1);
    if (before != null) {
      return before;
    }
    Boolean after = tense(labels, weekday + 1, 1);
    return after == null || after;
  }

  /**
   * The first finite tense from {@code from} in {@code step} direction: past, not past, or none.
   */
  private static Boolean tense(List<CoreLabel> labels, int from, int step) {
    for (int j = from; j >= 0 && j < labels.size(); j += step) {
      String tag = labels.get(j).tag();
      if (tag == null) {
        continue;
      }
      if (tag.equals("VBN") && presentPassive(labels, j)) {
        return false; // "are scheduled to sign … on Sunday", "will be held on Tuesday"
      }
      if (tag.equals("VBD") || tag.equals("VBN")) {
        return true; // "was killed", "has been killed on Tuesday"
      }
      if (tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
        return false;
      }
    }
    return null;
  }

  /** Forms of "be" that make a past participle after them a present or future passive. */
  static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re", "be");

  /**
   * Whether the past participle at {@code participle} is a present or future passive ("is
   * expected", "are scheduled", "will be held"), adverbs between: no past tense.
   */
  private static boolean presentPassive(List<CoreLabel> labels, int participle) {
    int before = participle - 1;
    while (before >= 0
        && labels.get(before).tag() != null
        && labels.get(before).tag().startsWith("RB")) {
      before--;
    }
    return before >= 0
        && PRESENT_BE.contains(labels.get(before).word().toLowerCase(java.util.Locale.ROOT));
  }

  private static ParsedSentence convert(
      String text,
      CoreMap sentence,
      int index,
      List<Integer> breaks,
      java.time.LocalDate documentDate) {
    int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    int paragraph = 0;
    while (paragraph < breaks.size() && breaks.get(paragraph) < begin) {
      paragraph++;
    }
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel label = labels.get(i);
      String ner = label.ner();
      String timex = "";
      if ("DATE".equals(ner) && inClockTime(labels, i)) {
        ner = "TIME"; // "at 1100 GMT" is eleven o'clock, not the year 1100
      } else if ("DATE".equals(ner)) {
        String normalized = label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        timex = normalized == null ? "" : normalized;
        String weekday = bareWeekday(labels, i, documentDate);
        if (weekday != null && timex.matches("\\d{4}-\\d{2}-\\d{2}")) {
          timex = weekday;
        }
      }
      String word = label.word();
      String written = text.substring(label.beginPosition(), label.endPosition());
      if (!word.equals(written) && word.equalsIgnoreCase(written)) {
        word = written; // the parser saw "has" (WIRE_CAPITALS); the token is "Has" as written
      }
      tokens.add(
          new Token(
              i,
              word,
              label.lemma(),
              label.tag(),
              ner,
              timex,
              label.beginPosition() - begin,
              label.endPosition() - begin));
    }
    List<Dependency> arcs = sentence.get(DatelineArcs.class);
    if (arcs == null) {
      arcs =
          arcs(
              sentence.get(
                  SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
    }
    return new ParsedSentence(index, paragraph, text.substring(begin, end), tokens, arcs);
  }

  /** The arcs of a dependency graph, without the copy nodes of elided predicates. */
  static List<Dependency> arcs(SemanticGraph graph) {
    List<Dependency> arcs = new ArrayList<>();
    if (graph != null) {
      for (IndexedWord root : graph.getRoots()) {
        arcs.add(new Dependency(-1, root.index() - 1, "root"));
      }
      for (SemanticGraphEdge edge : graph.edgeIterable()) {
        if (edge.getDependent().copyCount() > 0 || edge.getGovernor().copyCount() > 0) {
          continue; // copy nodes of elided predicates are not tokens
        }
        arcs.add(
            new Dependency(
                edge.getGovernor().index() - 1,
                edge.getDependent().index() - 1,
                edge.getRelation().toString()));
      }
    }
    return arcs;
  }
}
