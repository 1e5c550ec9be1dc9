import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load client of bench/serve/run.sh (a single-file program: java LoadClient.java MODE ...).
 *
 * <pre>
 * java LoadClient.java load  BASE CLIENTS REQUESTS   relation and events requests, p50/p99, errors
 * java LoadClient.java pairs BASE PAIRS [PID]        relation (cold, warm, last year), leads and
 *                                                    triangle per pair; with the server's process
 *                                                    id, the CPU time it spent on each (Linux)
 * java LoadClient.java wait  BASE                    waits until the server answers
 * </pre>
 */
public final class LoadClient {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "wait" -> waitFor(args[1]);
      case "load" -> load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "pairs" ->
          pairs(args[1], Integer.parseInt(args[2]), args.length > 3 ? args[3] : null);
      default -> throw new IllegalArgumentException("mode is wait, load or pairs, not " + args[0]);
    }
  }

  private static void waitFor(String base) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      try {
        if (get(base + "/api/store").statusCode() == 200) {
          return;
        }
      } catch (Exception notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the server at " + base + " did not answer in 5 minutes");
  }

  /** The requests of the mix: relation (pairs × periods × windows) and events (filters, pages). */
  private static List<String> mix(String base, int count) throws Exception {
    List<String[]> pairs = new ArrayList<>();
    String body = get(base + "/api/pairs?limit=12").body();
    Matcher pair = Pattern.compile("\"a\":\"(\\w+)\",\"b\":\"(\\w+)\"").matcher(body);
    while (pair.find()) {
      pairs.add(new String[] {pair.group(1), pair.group(2)});
    }
    if (pairs.isEmpty()) {
      throw new IllegalStateException("the store has no pairs: " + body);
    }
    String[] periods = {"year", "quarter", "month"};
    String[] windows = {"", "&from=2014-01-01", "&from=2018-01-01&to=2021-12-31"};
    String[] roots = {"", "&root=06", "&root=14,17,18,19,20", "&quad=1,2"};
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String[] p = pairs.get(i % pairs.size());
      if (i % 2 == 0) {
        urls.add(
            base + "/api/relation?a=" + p[0] + "&b=" + p[1] + "&period=" + periods[i / 2 % 3]
                + windows[i / 6 % 3]);
      } else {
        urls.add(
            base + "/api/events?source=" + p[0] + "&target=" + p[1] + "&either=true&limit=50"
                + roots[i / 2 % 4] + windows[i / 8 % 3]);
      }
    }
    return urls;
  }

  private static void load(String base, int clients, int requests) throws Exception {
    List<String> urls = mix(base, requests);
    long[] relation = new long[requests];
    long[] events = new long[requests];
    AtomicInteger relations = new AtomicInteger();
    AtomicInteger eventCalls = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      running.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < urls.size(); i = next.getAndIncrement()) {
                  String url = urls.get(i);
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<String> response = get(url);
                    long took = System.nanoTime() - t0;
                    if (response.statusCode() != 200 || !response.body().startsWith("{")) {
                      errors.incrementAndGet();
                      if (firstErrors.size() < 5) {
                        firstErrors.add(response.statusCode() + " " + url + " " + response.body());
                      }
                    }
                    if (url.contains("/api/relation")) {
                      relation[relations.getAndIncrement()] = took;
                    } else {
                      events[eventCalls.getAndIncrement()] = took;
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                    if (firstErrors.size() < 5) {
                      firstErrors.add(e + " " + url);
                    }
                  }
                }
                return null;
              }));
    }
    for (Future<?> future : running) {
      future.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    System.out.printf(
        "%d clients, %d requests (%d relation, %d events) in %.1f s: %.0f requests/s, errors %d%n",
        clients, requests, relations.get(), eventCalls.get(), seconds, requests / seconds,
        errors.get());
    report("relation", Arrays.copyOf(relation, relations.get()));
    report("events  ", Arrays.copyOf(events, eventCalls.get()));
    long[] all = new long[relations.get() + eventCalls.get()];
    System.arraycopy(relation, 0, all, 0, relations.get());
    System.arraycopy(events, 0, all, relations.get(), eventCalls.get());
    report("all     ", all);
    firstErrors.forEach(e -> System.out.println("error: " + e));
    if (errors.get() > 0) {
      System.exit(1);
    }
  }

  /** The server's process id, whose CPU time {@link #timed} reads, or null. */
  private static String server;

  /** The CPU time the server spent on the last request {@link #timed} sent, in ms. */
  private static double lastCpu;

  private static void pairs(String base, int count, String pid) throws Exception {
    server = pid;
    String body = get(base + "/api/pairs?limit=" + count).body();
    Matcher pair =
        Pattern.compile("\"a\":\"(\\w+)\",\"b\":\"(\\w+)\",[^}]*\"events\":(\\d+)").matcher(body);
    List<String[]> found = new ArrayList<>();
    while (pair.find()) {
      found.add(new String[] {pair.group(1), pair.group(2), pair.group(3)});
    }
    System.out.println(
        "pair     events   relation, all dates: cold ms  again ms   one year (from "
            + LAST_YEAR
            + "): ms   leads ms   triangle ms (with)");
    for (String[] p : found) {
      String url = base + "/api/relation?a=" + p[0] + "&b=" + p[1];
      double cold = timed(url);
      double coldCpu = lastCpu;
      double again = timed(url);
      double againCpu = lastCpu;
      double year = timed(url + "&from=" + LAST_YEAR);
      double yearCpu = lastCpu;
      double leads = timed(base + "/api/leads?a=" + p[0] + "&b=" + p[1]);
      // the triangle with the first country of the busiest pairs that is not in this one
      String third =
          found.stream()
              .flatMap(q -> java.util.stream.Stream.of(q[0], q[1]))
              .filter(c -> !c.equals(p[0]) && !c.equals(p[1]))
              .findFirst()
              .orElse("USA");
      double leadsCpu = lastCpu;
      double triangle = timed(base + "/api/triangle?a=" + p[0] + "&b=" + p[1] + "&c=" + third);
      System.out.printf(
          "%s-%s  %,9d  %27.0f  %8.0f  %27.0f  %9.0f  %12.0f (%s)%n",
          p[0], p[1], Long.parseLong(p[2]), cold, again, year, leads, triangle, third);
      if (server != null) {
        System.out.printf(
            "  server CPU ms: cold %.0f, again %.0f, one year %.0f, leads %.0f, triangle %.0f%n",
            coldCpu,
            againCpu, yearCpu, leadsCpu, lastCpu);
      }
    }
  }

  /** The last year of bench/gdelt-import's generated dates (2013-04-01 plus 4,200 days). */
  private static final String LAST_YEAR = "2024-01-01";

  private static double timed(String url) throws Exception {
    long cpu = cpuTicks();
    long start = System.nanoTime();
    HttpResponse<String> response = get(url);
    double ms = (System.nanoTime() - start) / 1e6;
    lastCpu = (cpuTicks() - cpu) * 1000.0 / TICKS_PER_SECOND;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
    }
    return ms;
  }

  /** Linux's USER_HZ: /proc/PID/stat counts CPU time in hundredths of a second. */
  private static final int TICKS_PER_SECOND = 100;

  /** The server's user and system CPU time so far (fields 14 and 15 of /proc/PID/stat). */
  private static long cpuTicks() throws java.io.IOException {
    if (server == null) {
      return 0;
    }
    String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", server, "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  private static void report(String what, long[] nanos) {
    if (nanos.length == 0) {
      return;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%s  p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms   (%d)%n",
        what, percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
        sorted.length);
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
