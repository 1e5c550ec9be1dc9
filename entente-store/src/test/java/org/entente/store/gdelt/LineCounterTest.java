package org.entente.store.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineCounterTest {

  private static long count(String text) throws IOException {
    return LineCounter.count(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
  }

  @Test
  void countsLinesWithAndWithoutAFinalBreak() throws IOException {
    assertThat(count("")).isZero();
    assertThat(count("a")).isEqualTo(1);
    assertThat(count("a\n")).isEqualTo(1);
    assertThat(count("a\nb")).isEqualTo(2);
    assertThat(count("\n\n\n")).isEqualTo(3);
  }

  @Test
  void countsAcrossWordsAndBuffersAndCopies() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 300_000; i++) {
      text.append("row ").append(i).append(i % 7 == 0 ? "\t\u00e9\n" : "\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream copy = new ByteArrayOutputStream();

    assertThat(LineCounter.count(new ByteArrayInputStream(bytes), copy)).isEqualTo(300_000);
    assertThat(copy.toByteArray()).isEqualTo(bytes);
  }
}
