package org.entente.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.entente.core.EntenteException;
import org.junit.jupiter.api.Test;

class PloverGoldReaderTest {

  private static GoldFile read(String json) throws IOException {
    return new PloverGoldReader()
        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "gold.json");
  }

  private static final String DOCUMENT =
      "{\"id\": \"PLOVER-GSR01-DOCUMENT-0001\", \"event\": \"DOCUMENT\", \"eventText\": \"x\"},\n";

  @Test
  void readsReciprocalCompoundRecordsWithCameoCountryCodes() throws IOException {
    GoldFile file =
        read(
            "[\n"
                + DOCUMENT
                + "{\"id\": \"A-1\", \"date\": \"2000-01-01\", \"event\": \"AGREE\",\n"
                + " \"source\": [{\"actorText\": \"Hungarian\", \"code\": \"HUN\", \"sector\": \"GOV\"},\n"
                + "            {\"actorText\": \"Romanian\", \"code\": \"ROU\", \"sector\": \"GOV\"}],\n"
                + " \"text\": \"Senior Hungarian and Romanian officials agreed.\",\n"
                + " \"textInfo\": {\"markup\": \"(SRC/TAR: Hungarian) and (SRC/TAR: Romanian)\"}},\n"
                + "{\"id\": \"S-1\", \"event\": \"sanction\", \"source\": [{\"code\": \"JAP\"}],\n"
                + " \"target\": [{\"code\": \"SRB\"}], \"text\": \"Japan halted aid to Serbia.\"}\n"
                + "]\n");
    assertThat(file.format()).isEqualTo(GoldFile.Format.PLOVER);
    assertThat(file.records()).extracting(GoldRecord::id).containsExactly("A-1", "S-1");
    GoldRecord agree = file.records().get(0);
    assertThat(agree.line()).isEqualTo(3);
    assertThat(agree.category()).isEqualTo("AGREE");
    assertThat(agree.expected()).singleElement().hasToString("HUNGOV+ROMGOV <-> AGREE");
    assertThat(agree.document().date()).hasToString("2000-01-01");
    ExpectedEvent sanction = file.records().get(1).expected().get(0);
    assertThat(sanction).hasToString("JPN -> SRB SANCTION");
    assertThat(sanction.codePrefixes()).containsExactly("16");
  }

  @Test
  void aStringTargetAndARepeatedIdAreWarnedAboutAndRead() throws IOException {
    GoldFile file =
        read(
            "[{\"id\": \"A-7\", \"event\": \"AGREE\", \"source\": [{\"code\": \"TUR\"}],"
                + " \"target\": \"diplomatic\", \"text\": \"Turkey agreed.\"},\n"
                + " {\"id\": \"A-7\", \"event\": \"AGREE\", \"source\": [{\"code\": \"GRC\"}],"
                + " \"target\": \"\", \"text\": \"Greece agreed.\"}]");
    assertThat(file.records()).extracting(GoldRecord::id).containsExactly("A-7", "A-7#2");
    assertThat(file.records().get(0).expected().get(0).targets()).isEmpty();
    assertThat(file.warnings())
        .containsExactly(
            "gold.json:1: record A-7: \"target\" is the string \"diplomatic\", not a list of"
                + " actors; read as no target",
            "gold.json:2: record id A-7 appears again; scored as A-7#2");
  }

  @Test
  void badRecordsAreErrorsNamingFileAndLine() {
    assertThatThrownBy(() -> read("[\n{\"id\": \"X-1\", \"event\": \"HUG\", \"text\": \"t\"}]"))
        .isInstanceOf(EntenteException.class)
        .hasMessageStartingWith("gold.json:2: record X-1: unknown PLOVER event type 'HUG'");
    assertThatThrownBy(() -> read("[\n\n{\"id\": \"X-1\", \"event\": \"AGREE\"}]"))
        .hasMessage("gold.json:3: record X-1: no \"text\"; every record needs its sentence");
    assertThatThrownBy(
            () ->
                read(
                    "[{\"id\": \"X-1\", \"event\": \"AGREE\", \"text\": \"t\","
                        + " \"source\": [{\"sector\": \"GOV\"}]}]"))
        .hasMessage("gold.json:1: record X-1: an actor in \"source\" without a \"code\"");
    assertThatThrownBy(() -> read("[\n{\"id\": \"X-1\",\n \"event\": }]"))
        .hasMessageStartingWith("gold.json:3: malformed JSON");
    assertThatThrownBy(() -> read("{\"id\": \"X-1\"}"))
        .hasMessageStartingWith("gold.json:1: not PLOVER gold JSON");
    assertThatThrownBy(() -> read("[" + DOCUMENT.replace(",\n", "") + "]"))
        .hasMessage("gold.json: no PLOVER records in the file");
  }
}
