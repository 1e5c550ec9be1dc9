package org.entente.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.entente.core.EntenteException;
import org.entente.core.Tsv;
import org.junit.jupiter.api.Test;

class CodebookTest {

  private static Codebook load(String text) {
    return Codebook.load(
        Tsv.read("cameo.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void derivesRootBaseAndQuadClass() {
    CameoCode code =
        load("16\t-4.0\tREDUCE RELATIONS\n163\t-8.0\tImpose embargo\n1631\t-8.0\tx\n").get("1631");
    assertThat(code.root()).isEqualTo("16");
    assertThat(code.base()).isEqualTo("163");
    assertThat(code.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
  }

  @Test
  void malformedLinesNameFileAndLine() {
    assertThatThrownBy(() -> load("04\t+1.0\tCONSULT\n# comment\n042\tabc\tMake a visit\n"))
        .isInstanceOf(EntenteException.class)
        .hasMessage("cameo.tsv:3: Goldstein weight 'abc' is not a number");
    assertThatThrownBy(() -> load("04\t+1.0\tCONSULT\n21\t1.0\tNO SUCH ROOT\n"))
        .hasMessageStartingWith("cameo.tsv:2: '21' is not a CAMEO code");
    assertThatThrownBy(() -> load("04 +1.0 CONSULT\n"))
        .hasMessageStartingWith("cameo.tsv:1: expected 3 tab-separated columns, found 1");
    assertThatThrownBy(() -> load("04\t+1.0\tCONSULT\n04\t+1.0\tCONSULT\n"))
        .hasMessage("cameo.tsv:2: code 04 is listed twice");
    assertThatThrownBy(() -> load("04\t+11.0\tCONSULT\n"))
        .hasMessage("cameo.tsv:1: Goldstein weight +11.0 is outside -10..10");
  }

  @Test
  void unknownCodeIsAUserErrorWithTheFix() {
    assertThatThrownBy(() -> Codebook.standard().get("999"))
        .isInstanceOf(EntenteException.class)
        .hasMessageContaining("'999' is not a CAMEO event code")
        .extracting(e -> ((EntenteException) e).kind())
        .isEqualTo(EntenteException.Kind.USER_ERROR);
  }

  @Test
  void invalidUtf8IsReportedWithTheLine() {
    byte[] bytes = {'0', '4', '\t', '1', '\t', (byte) 0xC3, (byte) 0x28, '\n'};
    assertThatThrownBy(() -> Tsv.read("bad.tsv", new ByteArrayInputStream(bytes)))
        .hasMessageStartingWith("bad.tsv:1: not valid UTF-8");
  }
}
