package org.entente.nlp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.core.Document;
import org.entente.nlp.CoreNlpSentenceParser;
import org.entente.nlp.DocumentCoder;
import org.entente.text.ParsedDocument;

/**
 * Measures the coder against the CoreNLP parse it runs on, in one run, on real newswire: the
 * coder's time per sentence as a fraction of the annotation time, end-to-end sentences per second
 * with 1 and 2 threads, the constituency-parse pipeline PETRARCH2 needs on a sample for comparison,
 * the start-up time and the peak heap. Prints ratios and rates, and beside each rate what share of
 * the machine's processors the run got and the load average: the machine is shared, and a rate
 * measured while others compute is lower than the program's own speed.
 *
 * <p>Usage: {@code CoderBenchmark CORPUS.jsonl [MIN_SENTENCES]} (see bench/coder/run.sh).
 */
public final class CoderBenchmark {

  /** The date of a document without one (the corpus dates its documents). */
  private static final LocalDate UNDATED_ON = LocalDate.of(2019, 6, 5);

  private CoderBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora/reuters21578-ir.jsonl");
    int minSentences = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    double loadAtStart = load();
    DocumentCoder coder = DocumentCoder.standard(CoreNlpSentenceParser.NerMode.DATES);
    List<Document> documents = read(corpus);

    // warm-up on documents outside the measured set; the first one gives the start-up time
    List<Document> warmUp = documents.subList(documents.size() - 30, documents.size());
    double startUpSeconds = 0;
    for (Document document : warmUp) {
      coder.run(document, UNDATED_ON);
      if (startUpSeconds == 0) {
        startUpSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
      }
    }

    // 1 thread: parse and code timed separately on the same documents
    List<Document> measured = new ArrayList<>();
    List<ParsedDocument> parsed = new ArrayList<>();
    long parseNanos = 0;
    long codeNanos = 0;
    int sentences = 0;
    int events = 0;
    long cpuBefore = processCpuNanos();
    long wallBefore = System.nanoTime();
    for (Document document : documents) {
      if (sentences >= minSentences) {
        break;
      }
      long t0 = System.nanoTime();
      ParsedDocument p = coder.parse(document);
      long t1 = System.nanoTime();
      events += coder.code(p, UNDATED_ON).events().size();
      long t2 = System.nanoTime();
      parseNanos += t1 - t0;
      codeNanos += t2 - t1;
      sentences += p.sentences().size();
      measured.add(document);
      parsed.add(p);
    }
    double oneThreadCores =
        (processCpuNanos() - cpuBefore) / (double) (System.nanoTime() - wallBefore);
    // the coder alone once more, on the stored parses, to time it without cache effects of the
    // parse
    long t3 = System.nanoTime();
    for (ParsedDocument p : parsed) {
      coder.code(p, UNDATED_ON);
    }
    long codeAgainNanos = System.nanoTime() - t3;

    double oneThread = sentences / ((parseNanos + codeNanos) / 1e9);
    long cpuBeforeTwo = processCpuNanos();
    double twoThreadSeconds = parallelSeconds(coder, measured, 2);
    double twoThreadCpuSeconds = (processCpuNanos() - cpuBeforeTwo) / 1e9;
    double twoThreadCores = twoThreadCpuSeconds / twoThreadSeconds;
    double twoThreads = sentences / twoThreadSeconds;

    // PETRARCH2's pipeline needs a constituency parse; time it on a sample
    int sample = Math.min(measured.size(), 15);
    double constituency = constituencySentencesPerSecond(measured.subList(0, sample));

    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("corpus: %s%n", corpus.getFileName());
    System.out.printf(
        "documents: %d, sentences: %d, events: %d%n", measured.size(), sentences, events);
    System.out.printf(
        "coder time / CoreNLP annotation time: %.2f%% (coder alone again: %.2f%%)%n",
        100.0 * codeNanos / parseNanos, 100.0 * codeAgainNanos / parseNanos);
    System.out.printf(
        "end to end, 1 thread: %.1f sentences/s (the process had %.2f processors of %d)%n",
        oneThread, oneThreadCores, PROCESSORS);
    System.out.printf(
        "end to end, 2 threads: %.1f sentences/s (%.2fx of 1 thread; the process had %.2f"
            + " processors of %d, %.1f sentences per processor-second)%n",
        twoThreads,
        twoThreads / oneThread,
        twoThreadCores,
        PROCESSORS,
        sentences / twoThreadCpuSeconds);
    System.out.printf(
        "start-up (JVM start to the first coded document, models and dictionaries loaded): %.1f s%n",
        startUpSeconds);
    System.out.printf(
        "load average (all processes on the machine): %.2f at the start, %.2f at the end%n",
        loadAtStart, load());
    System.out.printf(
        "constituency pipeline (tokenize..parse, what PETRARCH2 needs), 1 thread, %d documents: %.1f sentences/s;"
            + " Entente with 2 threads is %.1fx that%n",
        sample, constituency, twoThreads / constituency);
    System.out.printf(
        "peak heap: %d MB (max %d MB)%n", peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

  /** CPU time of this process, all its threads and the collector's included. */
  private static long processCpuNanos() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static double parallelSeconds(DocumentCoder coder, List<Document> documents, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (Document document : documents) {
      futures.add(pool.submit(() -> coder.run(document, UNDATED_ON)));
    }
    for (Future<?> future : futures) {
      future.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return seconds;
  }

  private static double constituencySentencesPerSecond(List<Document> documents) {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,parse");
    properties.setProperty("parse.maxlen", "100");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
    pipeline.annotate(new Annotation(documents.get(0).text())); // warm-up
    long start = System.nanoTime();
    int sentences = 0;
    for (Document document : documents) {
      Annotation annotation = new Annotation(document.text());
      pipeline.annotate(annotation);
      sentences +=
          annotation.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class).size();
    }
    return sentences / ((System.nanoTime() - start) / 1e9);
  }

  private static List<Document> read(Path corpus) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<Document> documents = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode node = mapper.readTree(line);
        documents.add(
            new Document(
                node.get("id").asText(),
                LocalDate.parse(node.get("date").asText()),
                node.get("text").asText(),
                node.path("title").asText(""),
                "",
                "reuters"));
      }
    }
    return documents;
  }
}
