package org.entente.coder.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.codebook.Codebook;
import org.entente.coder.DictionaryChoice;
import org.entente.coder.ParsedDocumentCoder;
import org.entente.core.Document;
import org.entente.event.Event;
import org.entente.text.ConllU;
import org.entente.text.ParsedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PETRARCH coder on stored parses, with small dictionaries written for each case. */
class PetrarchCoderTest {

  @TempDir static Path dir;

  private static ParsedDocumentCoder coder;

  @BeforeAll
  static void load() throws IOException {
    Files.writeString(
        dir.resolve("Test.actors.txt"),
        """
        ARNOR [ARN]
        GONDOR [GON]
        MORDOR [MOR]
        OSGILIATH [OSG]
        PRINCE OF DOL AMROTH [DOL]
        WHITE_HOUSE [USAGOV]
        """);
    Files.writeString(
        dir.resolve("Test.agents.txt"),
        """
        AMBASSADOR [~GOV]
        SOLDIER [~MIL]
        POLICE {} [~COP]
        PROSECUTOR [~JUD]
        ISLAMIST [~MUS]
        """);
    Files.writeString(
        dir.resolve("Test.verbs.txt"),
        """
        &TIETYPES
        +DIPLOMATIC
        +TRADE
        --- RESTORE  [064] ---
        RESTORE
        - * &TIETYPES TIES [064]
        - * TIES _OFF [999]

        --- WELCOME  [041] ---
        WELCOME

        --- WARN  [160] ---
        WARN

        --- EXTRADITE  [174] ---
        EXTRADITE
        - + WAS_ *  [174]

        --- ADOPT  [081] ---
        ADOPT
        - * RESOLUTION  [102]

        --- CONFISCATE  [1711] ---
        CONFISCATE
        WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
        - WILL NOT * [081]

        --- DEPLORE  [122] ---
        DEPLORE
        - INDICATED *  [123]

        --- ATTACK  [223] ---
        ATTACK

        --- MEET  [031] ---
        MEET {MET MEETS MEETING}
        - % *  [031]

        --- LEAVE  [---] ---
        LEFT [032:033]

        --- CELEBRATE  [181] ---
        CELEBRATE
        - * IFTAR IN ^ +  [045]
        """);
    coder = DictionaryChoice.parse("petrarch:" + dir).load(Codebook.standard()).coder();
  }

  private static List<String> code(String conllu) {
    ParsedDocument parsed =
        new ParsedDocument(
            new Document("T-1", LocalDate.of(1995, 1, 1), "text", "", "", ""),
            ConllU.parse("test.conllu", conllu),
            List.of());
    return coder.code(parsed, LocalDate.of(1995, 1, 1)).events().stream()
        .map(e -> e.source().code() + " " + e.target().code() + " " + PetrarchEventCodes.written(e))
        .sorted()
        .toList();
  }

  @Test
  void aPatternWithASynsetGivesItsCodeAndTheFirstActorAfterTheVerbIsTheTarget() {
    assertThat(
            code(
                """
                # text = Arnor restored trade ties with Gondor.
                1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	2:nsubj	_
                2	restored	restore	VERB	VBD	_	0	root	0:root	_
                3	trade	trade	NOUN	NN	_	4	compound	4:compound	_
                4	ties	tie	NOUN	NNS	_	2	obj	2:obj	_
                5	with	with	ADP	IN	_	6	case	6:case	_
                6	Gondor	Gondor	PROPN	NNP	_	4	nmod	4:nmod:with	_
                7	.	.	PUNCT	.	_	2	punct	2:punct	_
                """))
        .containsExactly("ARN GON 064");
  }

  @Test
  void everyActorOfACompoundSubjectActsAndTheTargetMayStandDeepInThePhrase() {
    assertThat(
            code(
                """
                # text = Mordor and Osgiliath welcomed a resumption of ties with Gondor.
                1	Mordor	Mordor	PROPN	NNP	_	5	nsubj	5:nsubj	_
                2	and	and	CCONJ	CC	_	3	cc	3:cc	_
                3	Osgiliath	Osgiliath	PROPN	NNP	_	1	conj	1:conj:and|5:nsubj	_
                4	welcomed	welcome	VERB	VBD	_	0	root	0:root	_
                5	a	a	DET	DT	_	6	det	6:det	_
                6	resumption	resumption	NOUN	NN	_	4	obj	4:obj	_
                7	of	of	ADP	IN	_	8	case	8:case	_
                8	ties	tie	NOUN	NNS	_	6	nmod	6:nmod:of	_
                9	with	with	ADP	IN	_	10	case	10:case	_
                10	Gondor	Gondor	PROPN	NNP	_	8	nmod	8:nmod:with	_
                """
                    .replace("\t5\tnsubj\t5:nsubj", "\t4\tnsubj\t4:nsubj")
                    .replace("1:conj:and|5:nsubj", "1:conj:and|4:nsubj")))
        .containsExactly("MOR GON 041", "OSG GON 041");
  }

  @Test
  void aCodeOutsideCameoIsKeptAsWrittenWhileTheEventCarriesACameoCode() {
    String conllu =
        """
        # text = Gondor was attacked by Mordor.
        1	Gondor	Gondor	PROPN	NNP	_	3	nsubj:pass	3:nsubj:pass	_
        2	was	be	AUX	VBD	_	3	aux:pass	3:aux:pass	_
        3	attacked	attack	VERB	VBN	_	0	root	0:root	_
        4	by	by	ADP	IN	_	5	case	5:case	_
        5	Mordor	Mordor	PROPN	NNP	_	3	obl	3:obl:agent	_
        """;
    // a passive's "by" phrase acts on its subject
    assertThat(code(conllu)).containsExactly("MOR GON 223");
    Event event =
        coder
            .code(
                new ParsedDocument(
                    new Document("T-2", LocalDate.of(1995, 1, 1), "text", "", "", ""),
                    ConllU.parse("test.conllu", conllu),
                    List.of()),
                LocalDate.of(1995, 1, 1))
            .events()
            .get(0);
    assertThat(event.cameo().code()).isEqualTo(PetrarchEventCodes.OUTSIDE_CAMEO);
    assertThat(event.rule().get(0))
        .isEqualTo("PETRARCH code 223 (outside CAMEO; the event carries 010)");
  }

  @Test
  void compoundSubjectsOfAPercentPatternActOnEachOtherAndACompoundCodeGivesTheReverseEvent() {
    String met =
        """
        # text = Arnor and Gondor met.
        1	Arnor	Arnor	PROPN	NNP	_	4	nsubj	4:nsubj	_
        2	and	and	CCONJ	CC	_	3	cc	3:cc	_
        3	Gondor	Gondor	PROPN	NNP	_	1	conj	1:conj:and|4:nsubj	_
        4	met	meet	VERB	VBD	_	0	root	0:root	_
        """;
    // % * : the compound subject gives source and target
    assertThat(code(met)).containsExactly("ARN GON 031", "GON ARN 031");
    // without % (or a code of a pair) subjects that only do the same act on no one
    assertThat(
            code(
                met.replace("met\tmeet", "welcomed\twelcome")
                    .replace("Gondor met.", "Gondor welcomed.")))
        .isEmpty();
    assertThat(
            code(
                """
                # text = Arnor left for Gondor.
                1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	2:nsubj	_
                2	left	leave	VERB	VBD	_	0	root	0:root	_
                3	for	for	ADP	IN	_	4	case	4:case	_
                4	Gondor	Gondor	PROPN	NNP	_	2	obl	2:obl:for	_
                """))
        .containsExactly("ARN GON 032", "GON ARN 033");
  }

  @Test
  void anAgentOfThePhraseGoesToEachOfItsCountries() {
    assertThat(
            code(
                """
                # text = The ambassadors of Arnor and Osgiliath welcomed Gondor.
                1	The	the	DET	DT	_	2	det	2:det	_
                2	ambassadors	ambassador	NOUN	NNS	_	7	nsubj	7:nsubj	_
                3	of	of	ADP	IN	_	4	case	4:case	_
                4	Arnor	Arnor	PROPN	NNP	_	2	nmod	2:nmod:of	_
                5	and	and	CCONJ	CC	_	6	cc	6:cc	_
                6	Osgiliath	Osgiliath	PROPN	NNP	_	4	conj	4:conj:and|2:nmod:of	_
                7	welcomed	welcome	VERB	VBD	_	0	root	0:root	_
                8	Gondor	Gondor	PROPN	NNP	_	7	obj	7:obj	_
                """))
        .containsExactly("ARNGOV GON 041", "OSGGOV GON 041");
  }

  @Test
  void aCaretPassesOverAPhraseAndAnActorsOwnPrepositionalPhraseIsNotAnotherActor() {
    assertThat(
            code(
                """
                # text = Arnor celebrated Iftar in Osgiliath with Gondor.
                1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	2:nsubj	_
                2	celebrated	celebrate	VERB	VBD	_	0	root	0:root	_
                3	Iftar	Iftar	PROPN	NNP	_	2	obj	2:obj	_
                4	in	in	ADP	IN	_	5	case	5:case	_
                5	Osgiliath	Osgiliath	PROPN	NNP	_	2	obl	2:obl:in	_
                6	with	with	ADP	IN	_	7	case	7:case	_
                7	Gondor	Gondor	PROPN	NNP	_	2	obl	2:obl:with	_
                """))
        .containsExactly("ARN GON 045");
    assertThat(
            code(
                """
                # text = Arnor welcomed Mordor along the pass of Gondor.
                1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	2:nsubj	_
                2	welcomed	welcome	VERB	VBD	_	0	root	0:root	_
                3	Mordor	Mordor	PROPN	NNP	_	2	obj	2:obj	_
                4	along	along	ADP	IN	_	6	case	6:case	_
                5	the	the	DET	DT	_	6	det	6:det	_
                6	pass	pass	NOUN	NN	_	3	nmod	3:nmod:along	_
                7	of	of	ADP	IN	_	8	case	8:case	_
                8	Gondor	Gondor	PROPN	NNP	_	6	nmod	6:nmod:of	_
                """))
        .containsExactly("ARN MOR 041");
  }

  @Test
  void wordsJoinedByAnUnderscoreAreTheWordsOfAnActor() {
    assertThat(
            code(
                """
                # text = Arnor warned the Prince of Dol_Amroth.
                1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	2:nsubj	_
                2	warned	warn	VERB	VBD	_	0	root	0:root	_
                3	the	the	DET	DT	_	4	det	4:det	_
                4	Prince	Prince	PROPN	NNP	_	2	obj	2:obj	_
                5	of	of	ADP	IN	_	6	case	6:case	_
                6	Dol_Amroth	Dol_Amroth	PROPN	NNP	_	4	nmod	4:nmod:of	_
                """))
        .containsExactly("ARN DOL 160");
  }

  @Test
  void agentsStackOntoAnActorUnlessItHoldsThemAndAFormerOneIsAnElite() {
    String sentence =
        """
        # text = White House soldiers welcomed former Gondor prosecutors.
        1	White	White	PROPN	NNP	_	2	compound	2:compound	_
        2	House	House	PROPN	NNP	_	3	compound	3:compound	_
        3	soldiers	soldier	NOUN	NNS	_	4	nsubj	4:nsubj	_
        4	welcomed	welcome	VERB	VBD	_	0	root	0:root	_
        5	former	former	ADJ	JJ	_	7	amod	7:amod	_
        6	Gondor	Gondor	PROPN	NNP	_	7	compound	7:compound	_
        7	prosecutors	prosecutor	NOUN	NNS	_	4	obj	4:obj	_
        """;
    // PETRARCH mixes the agent into the actor's code; "former" makes the prosecutors elites (ELI)
    assertThat(code(sentence)).containsExactly("USAGOVMIL GONELI 041");
    // an agent the code holds already is not added again; without "former" the agent stays
    assertThat(
            code(
                sentence
                    .replace("soldiers	soldier", "ambassadors	ambassador")
                    .replace("5	former	former", "5	formal	formal")
                    .replace("soldiers welcomed former", "ambassadors welcomed formal")))
        .containsExactly("USAGOV GONJUD 041");
  }

  @Test
  void anAgentWithoutPluralsIsNotFoundInAPluralAndTheTildeMakesAnAgentOfACountrysLetters() {
    // POLICE {} has no plural; ISLAMIST [~MUS] is an agent although MUS is also Mauritius
    assertThat(
            code(
                """
                # text = Arnor Islamists welcomed Gondor's polices.
                1	Arnor	Arnor	PROPN	NNP	_	2	compound	2:compound	_
                2	Islamists	islamist	NOUN	NNS	_	3	nsubj	3:nsubj	_
                3	welcomed	welcome	VERB	VBD	_	0	root	0:root	_
                4	Gondor	Gondor	PROPN	NNP	_	6	nmod:poss	6:nmod:poss	_
                5	's	's	PART	POS	_	4	case	4:case	_
                6	polices	police	NOUN	NNS	_	3	obj	3:obj	_
                """))
        .containsExactly("ARNMUS GON 041");
  }

  @Test
  void theVerbsPhraseHoldsParticiplesOfItsNounsAndItsWordsBeforeReachIntoTheReportingClause() {
    // "sent from Gondor" modifies "assurances" and is inside the verb phrase, as in PETRARCH's tree
    assertThat(
            code(
                """
                # text = Arnor welcomed assurances sent from Gondor.
                1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	2:nsubj	_
                2	welcomed	welcome	VERB	VBD	_	0	root	0:root	_
                3	assurances	assurance	NOUN	NNS	_	2	obj	2:obj	_
                4	sent	send	VERB	VBN	_	3	acl	3:acl	_
                5	from	from	ADP	IN	_	6	case	6:case	_
                6	Gondor	Gondor	PROPN	NNP	_	4	obl	4:obl:from	_
                """))
        .containsExactly("ARN GON 041");
    // INDICATED * : the reporting verb stands before the clause "it deplored Gondor" completes
    assertThat(
            code(
                """
                # text = Arnor indicated it deplored Gondor.
                1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	2:nsubj	_
                2	indicated	indicate	VERB	VBD	_	0	root	0:root	_
                3	it	it	PRON	PRP	_	4	nsubj	4:nsubj	_
                4	deplored	deplore	VERB	VBD	_	2	ccomp	2:ccomp	_
                5	Gondor	Gondor	PROPN	NNP	_	4	obj	4:obj	_
                """))
        .containsExactly("ARN GON 123");
  }

  @Test
  void aClausalSubjectGivesTheSource() {
    assertThat(
            code(
                """
                # text = Arnor indicated it would welcome Gondor.
                1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	2:nsubj	_
                2	indicated	indicate	VERB	VBD	_	5	csubj	5:csubj	_
                3	it	it	PRON	PRP	_	2	obj	2:obj	_
                4	would	would	AUX	MD	_	5	aux	5:aux	_
                5	welcome	welcome	VERB	VB	_	0	root	0:root	_
                6	Gondor	Gondor	PROPN	NNP	_	5	obj	5:obj	_
                """))
        .containsExactly("ARN GON 041");
  }

  @Test
  void aMultiWordVerbIsFoundWhereTheParserTookAnotherOfItsWordsForTheVerb() {
    // "wire" is tagged the verb and "tap" a noun; the verb WIRE_+TAP stands whole
    assertThat(
            code(
                """
                # text = Soldiers from Arnor will not wire tap Gondor.
                1	Soldiers	soldier	NOUN	NNS	_	6	nsubj	6:nsubj	_
                2	from	from	ADP	IN	_	3	case	3:case	_
                3	Arnor	Arnor	PROPN	NNP	_	1	nmod	1:nmod:from	_
                4	will	will	AUX	MD	_	6	aux	6:aux	_
                5	not	not	PART	RB	_	6	advmod	6:advmod	_
                6	wire	wire	VERB	VB	_	0	root	0:root	_
                7	tap	tap	NOUN	NN	_	6	obj	6:obj	_
                8	Gondor	Gondor	PROPN	NNP	_	7	obj	7:obj	_
                """))
        .containsExactly("ARNMIL GON 081");
  }

  @Test
  void aPatternsOwnWordMatchesOnlyAsWritten() {
    String sentence =
        """
        # text = Arnor adopted a resolution with Gondor.
        1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	2:nsubj	_
        2	adopted	adopt	VERB	VBD	_	0	root	0:root	_
        3	a	a	DET	DT	_	4	det	4:det	_
        4	resolution	resolution	NOUN	NN	_	2	obj	2:obj	_
        5	with	with	ADP	IN	_	6	case	6:case	_
        6	Gondor	Gondor	PROPN	NNP	_	4	nmod	4:nmod:with	_
        """;
    assertThat(code(sentence)).containsExactly("ARN GON 102");
    // PETRARCH does not stem the words of its patterns: RESOLUTION is not "resolutions"
    assertThat(
            code(
                sentence
                    .replace("resolution with", "resolutions with")
                    .replace(
                        "resolution\tresolution\tNOUN\tNN", "resolutions\tresolution\tNOUN\tNNS")))
        .containsExactly("ARN GON 081");
  }

  @Test
  void aNounNamedByAnActorIsThatActorAndAVerbCompletingACodedVerbIsItsPhrase() {
    // "Arnor envoy of a row with Mordor": the envoy is Arnor's; "to restore ties with Mordor"
    // completes "welcomed", which codes the phrase once
    assertThat(
            code(
                """
                # text = Arnor envoy of a row with Mordor welcomed Gondor to restore ties with Osgiliath.
                1	Arnor	Arnor	PROPN	NNP	_	2	compound	2:compound	_
                2	envoy	envoy	NOUN	NN	_	8	nsubj	8:nsubj	_
                3	of	of	ADP	IN	_	5	case	5:case	_
                4	a	a	DET	DT	_	5	det	5:det	_
                5	row	row	NOUN	NN	_	2	nmod	2:nmod:of	_
                6	with	with	ADP	IN	_	7	case	7:case	_
                7	Mordor	Mordor	PROPN	NNP	_	5	nmod	5:nmod:with	_
                8	welcomed	welcome	VERB	VBD	_	0	root	0:root	_
                9	Gondor	Gondor	PROPN	NNP	_	8	obj	8:obj	_
                10	to	to	PART	TO	_	11	mark	11:mark	_
                11	restore	restore	VERB	VB	_	8	xcomp	8:xcomp	_
                12	ties	tie	NOUN	NNS	_	11	obj	11:obj	_
                13	with	with	ADP	IN	_	14	case	14:case	_
                14	Osgiliath	Osgiliath	PROPN	NNP	_	12	nmod	12:nmod:with	_
                """))
        .containsExactly("ARN GON 041");
  }

  @Test
  void aTargetBeforeTheVerbWithoutASourceInThePatternCodesNothing() {
    // + WAS_ * places the target; the source is unknown, and PETRARCH codes no event without one
    assertThat(
            code(
                """
                # text = Arnor was extradited to Gondor.
                1	Arnor	Arnor	PROPN	NNP	_	3	nsubj:pass	3:nsubj:pass	_
                2	was	be	AUX	VBD	_	3	aux:pass	3:aux:pass	_
                3	extradited	extradite	VERB	VBN	_	0	root	0:root	_
                4	to	to	ADP	IN	_	5	case	5:case	_
                5	Gondor	Gondor	PROPN	NNP	_	3	obl	3:obl:to	_
                """))
        .isEmpty();
  }

  @Test
  void aProperNounPhraseNoDictionaryKnowsIsAnActorNamedByItsWords() {
    String sentence =
        """
        # text = Gryffindor's head Minerva McGonagall welcomed Gondor.
        1	Gryffindor	Gryffindor	PROPN	NNP	_	3	nmod:poss	3:nmod:poss	_
        2	's	's	PART	POS	_	1	case	1:case	_
        3	head	head	NOUN	NN	_	6	nsubj	6:nsubj	_
        4	Minerva	Minerva	PROPN	NNP	_	5	compound	5:compound	_
        5	McGonagall	McGonagall	PROPN	NNP	_	3	dep	3:dep	_
        6	welcomed	welcome	VERB	VBD	_	0	root	0:root	_
        7	Gondor	Gondor	PROPN	NNP	_	6	obj	6:obj	_
        """;
    List<Event> events =
        coder
            .code(
                new ParsedDocument(
                    new Document("T-3", LocalDate.of(1995, 1, 1), "text", "", "", ""),
                    ConllU.parse("test.conllu", sentence),
                    List.of()),
                LocalDate.of(1995, 1, 1))
            .events();
    assertThat(events).hasSize(1);
    assertThat(events.get(0).source().isResolved()).isFalse();
    assertThat(events.get(0).source().name()).isEqualTo("GRYFFINDOR HEAD MINERVA MCGONAGALL");
    assertThat(events.get(0).source().text()).isEqualTo("Gryffindor's head Minerva McGonagall");
    assertThat(events.get(0).target().code()).isEqualTo("GON");
    // a common noun is no name ("a hafling")
    assertThat(
            code(
                """
                # text = A hafling welcomed Gondor.
                1	A	a	DET	DT	_	2	det	2:det	_
                2	hafling	hafling	NOUN	NN	_	3	nsubj	3:nsubj	_
                3	welcomed	welcome	VERB	VBD	_	0	root	0:root	_
                4	Gondor	Gondor	PROPN	NNP	_	3	obj	3:obj	_
                """))
        .isEmpty();
  }

  @Test
  void anAppositionNamesANounWithoutActorAndAVerbInANounPhraseIsNoVerb() {
    // "old foes Arnor and Gondor", parsed with the names hanging from "foes", are Arnor and Gondor
    assertThat(
            code(
                """
                # text = Old foes Arnor and Gondor attacked Mordor.
                1	Old	old	ADJ	JJ	_	2	amod	2:amod	_
                2	foes	foe	NOUN	NNS	_	6	nsubj	6:nsubj	_
                3	Arnor	Arnor	PROPN	NNP	_	2	dep	2:dep	_
                4	and	and	CCONJ	CC	_	5	cc	5:cc	_
                5	Gondor	Gondor	PROPN	NNP	_	3	conj	3:conj:and	_
                6	attacked	attack	VERB	VBD	_	0	root	0:root	_
                7	Mordor	Mordor	PROPN	NNP	_	6	obj	6:obj	_
                """))
        .containsExactly("ARN MOR 223", "GON MOR 223");
    // "an attacking soldier": the verb modifies a noun, PETRARCH codes only verbs of verb phrases
    assertThat(
            code(
                """
                # text = Arnor welcomed an attacking Mordor.
                1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	2:nsubj	_
                2	welcomed	welcome	VERB	VBD	_	0	root	0:root	_
                3	an	a	DET	DT	_	5	det	5:det	_
                4	attacking	attack	VERB	VBG	_	5	amod	5:amod	_
                5	Mordor	Mordor	PROPN	NNP	_	2	obj	2:obj	_
                """))
        .containsExactly("ARN MOR 041");
  }

  @Test
  void aParticipleParsedAsAClauseIsInThePhraseAndAComplementWithoutSubjectSharesItsHeads() {
    // "against besieged Osgiliath" parsed as an adverbial clause without subject: still the phrase
    assertThat(
            code(
                """
                # text = Arnor attacked against besieged Gondor.
                1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	2:nsubj	_
                2	attacked	attack	VERB	VBD	_	0	root	0:root	_
                3	against	against	ADP	IN	_	4	mark	4:mark	_
                4	besieged	besiege	VERB	VBN	_	2	advcl	2:advcl:against	_
                5	Gondor	Gondor	PROPN	NNP	_	4	obj	4:obj	_
                """))
        .containsExactly("ARN GON 223");
    // "did" parsed as the head of "welcome": the complement shares the subject
    assertThat(
            code(
                """
                # text = Arnor did welcome Gondor.
                1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	2:nsubj	_
                2	did	do	VERB	VBD	_	0	root	0:root	_
                3	welcome	welcome	VERB	VB	_	2	ccomp	2:ccomp	_
                4	Gondor	Gondor	PROPN	NNP	_	3	obj	3:obj	_
                """))
        .containsExactly("ARN GON 041");
  }

  @Test
  void aNounsOwnActorGivesWayToItsPossessor() {
    // "Ithilen's minister Calimehtar" is Ithilen's minister: the possessor's country, the agent
    assertThat(
            code(
                """
                # text = Arnor's ambassador Osgiliath welcomed Gondor.
                1	Arnor	Arnor	PROPN	NNP	_	4	nmod:poss	4:nmod:poss	_
                2	's	's	PART	POS	_	1	case	1:case	_
                3	ambassador	ambassador	NOUN	NN	_	4	compound	4:compound	_
                4	Osgiliath	Osgiliath	PROPN	NNP	_	5	nsubj	5:nsubj	_
                5	welcomed	welcome	VERB	VBD	_	0	root	0:root	_
                6	Gondor	Gondor	PROPN	NNP	_	5	obj	5:obj	_
                """))
        .containsExactly("ARNGOV GON 041");
  }

  @Test
  void aVerbTheParserCouldNotAttachTakesTheSubjectOfTheVerbBeforeIt() {
    // "restore" hangs from "trashed" by an unspecified dependency: Arnor is the one restoring
    assertThat(
            code(
                """
                # text = Arnor is about to restore ties with Gondor almost crowds trashed it.
                1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	2:nsubj	_
                2	is	be	VERB	VBZ	_	0	root	0:root	_
                3	about	about	ADV	RB	_	5	advmod	5:advmod	_
                4	to	to	PART	TO	_	5	mark	5:mark	_
                5	restore	restore	VERB	VB	_	11	dep	11:dep	_
                6	ties	tie	NOUN	NNS	_	5	obj	5:obj	_
                7	with	with	ADP	IN	_	8	case	8:case	_
                8	Gondor	Gondor	PROPN	NNP	_	6	nmod	6:nmod:with	_
                9	almost	almost	ADV	RB	_	10	advmod	10:advmod	_
                10	crowds	crowd	NOUN	NNS	_	11	nsubj	11:nsubj	_
                11	trashed	trash	VERB	VBD	_	2	advcl	2:advcl	_
                12	it	it	PRON	PRP	_	11	obj	11:obj	_
                """))
        .containsExactly("ARN GON 064");
  }
}
