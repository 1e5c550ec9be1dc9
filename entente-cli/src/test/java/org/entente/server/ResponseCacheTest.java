package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Answers are computed once per store version, and the oldest go when the cache is full. */
class ResponseCacheTest {

  @Test
  void anAnswerIsComputedOnceUntilTheStoreChanges() {
    ResponseCache cache = new ResponseCache();
    AtomicInteger computed = new AtomicInteger();
    assertThat(cache.answer("relation CHN RUS", 0, () -> "v" + computed.incrementAndGet()))
        .isEqualTo("v1");
    assertThat(cache.answer("relation CHN RUS", 0, () -> "v" + computed.incrementAndGet()))
        .isEqualTo("v1");
    // an ingest: the store's version moves, and what was kept is of the old store
    assertThat(cache.answer("relation CHN RUS", 1, () -> "v" + computed.incrementAndGet()))
        .isEqualTo("v2");
    assertThat(computed).hasValue(2);
  }

  @Test
  void theOldestAnswersGoWhenTheyOutgrowTheLimit() {
    ResponseCache cache = new ResponseCache(10);
    cache.answer("a", 0, () -> "aaaa");
    cache.answer("b", 0, () -> "bbbb");
    cache.answer("a", 0, () -> "never"); // used last: b is now the oldest
    cache.answer("c", 0, () -> "cccc");
    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.answer("a", 0, () -> "again")).isEqualTo("aaaa");
    assertThat(cache.answer("b", 0, () -> "again")).isEqualTo("again");
    // an answer larger than the whole cache is sent, not kept
    assertThat(cache.answer("big", 0, () -> "x".repeat(11))).hasSize(11);
    assertThat(cache.answer("big", 0, () -> "y")).isEqualTo("y");
  }
}
