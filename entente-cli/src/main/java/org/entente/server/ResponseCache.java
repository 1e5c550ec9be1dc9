package org.entente.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The server's last analysis answers (relation, triangle, leads), by request and store version: a
 * profile of a pair with millions of events takes seconds to compute and milliseconds to send
 * again, and the dashboard asks for the same one as its views change. A write to the store (an
 * ingest) changes its version, and every answer computed before is dropped.
 */
final class ResponseCache {

  /**
   * How many characters of answers are kept: 64 Mi, about 128 MB of heap. The profile of the most
   * active pair of a 10-million-row GDELT store by year is about 7.5 million characters, so the
   * last eight or so such answers stay, and thousands of the demo store's.
   */
  static final long MAX_CHARS = 64L << 20;

  private final long maxChars;
  private final Map<String, String> answers = new LinkedHashMap<>(16, 0.75f, true);
  private long chars;
  private long version = Long.MIN_VALUE;

  ResponseCache() {
    this(MAX_CHARS);
  }

  ResponseCache(long maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * The answer to {@code request} for the store at {@code storeVersion}: kept, or computed (outside
   * the cache's lock, so requests are computed in parallel) and kept.
   */
  String answer(String request, long storeVersion, Supplier<String> compute) {
    synchronized (this) {
      if (storeVersion != version) {
        answers.clear();
        chars = 0;
        version = storeVersion;
      }
      String kept = answers.get(request);
      if (kept != null) {
        return kept;
      }
    }
    String answer = compute.get();
    synchronized (this) {
      if (storeVersion == version && answer.length() <= maxChars && !answers.containsKey(request)) {
        answers.put(request, answer);
        chars += answer.length();
        Iterator<String> oldest = answers.values().iterator();
        while (chars > maxChars) {
          chars -= oldest.next().length();
          oldest.remove();
        }
      }
    }
    return answer;
  }

  synchronized int size() {
    return answers.size();
  }
}
