package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.entente.core.Document;
import org.entente.text.ConllU;
import org.entente.text.ParsedDocument;
import org.entente.text.ParsedSentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The coder's golden parses ({@code entente-core/src/test/resources/org/entente/coder/golden}) are
 * what CoreNLP produces today. With {@code -Dentente.golden.parse=true} it rewrites them from the
 * {@code .txt} beside them.
 */
class GoldenParsesIT {

  static final Path GOLDEN = Path.of("../entente-core/src/test/resources/org/entente/coder/golden");

  static final String DATELINE = "# dateline =";

  static Stream<Path> texts() throws IOException {
    try (Stream<Path> paths = Files.list(GOLDEN)) {
      return paths.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void storedParseIsCurrent(Path text) throws IOException {
    List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
    String header = lines.get(0);
    LocalDate date = LocalDate.parse(header.replace("# date =", "").strip());
    // a story may give its dateline apart from the text, as the Reuters corpus does
    int first = 1;
    String dateline = "";
    if (lines.size() > 1 && lines.get(1).startsWith(DATELINE)) {
      dateline = lines.get(1).substring(DATELINE.length()).strip();
      header = header + "\n" + lines.get(1);
      first = 2;
    }
    String body = String.join("\n", lines.subList(first, lines.size()));
    String name = text.getFileName().toString().replace(".txt", "");
    ParsedDocument parsed =
        SharedPipeline.parser().parse(new Document(name, date, body, "", "", "golden", dateline));
    StringBuilder conllu = new StringBuilder(header).append('\n');
    for (ParsedSentence sentence : parsed.sentences()) {
      conllu.append(ConllU.write(sentence));
    }
    Path stored = GOLDEN.resolve(name + ".conllu");
    if (Boolean.getBoolean("entente.golden.parse")) {
      Files.writeString(stored, conllu, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(stored, StandardCharsets.UTF_8)).isEqualTo(conllu.toString());
  }
}
