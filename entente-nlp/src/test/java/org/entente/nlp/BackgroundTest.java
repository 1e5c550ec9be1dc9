package org.entente.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundTest {

  @Test
  void loadsOnAThreadOfItsOwnWhileTheCallerGoesOn() throws InterruptedException {
    CountDownLatch callerWentOn = new CountDownLatch(1);
    Background<String> loading =
        Background.load(
            "entente-load-test",
            () -> {
              try {
                // the caller counts down after load() returned: a loader run on the caller's
                // thread would wait here for ever (and fail after the minute)
                if (!callerWentOn.await(60, TimeUnit.SECONDS)) {
                  throw new IllegalStateException("the caller waited for the loading");
                }
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
              return Thread.currentThread().getName();
            });
    callerWentOn.countDown();

    assertThat(loading.get()).isEqualTo("entente-load-test");
  }

  @Test
  void whatTheLoadingThrowsIsThrownAgainAsItWas() {
    UncheckedIOException missing =
        new UncheckedIOException("model not found", new java.io.IOException("no such file"));
    Background<String> failing =
        Background.load(
            "entente-load-test",
            () -> {
              throw missing;
            });

    assertThatThrownBy(failing::get).isSameAs(missing);
  }

  @Test
  void anErrorIsThrownAgainAsItWas() {
    OutOfMemoryError error = new OutOfMemoryError("Java heap space");
    Background<String> failing =
        Background.load(
            "entente-load-test",
            () -> {
              throw error;
            });

    assertThatThrownBy(failing::get).isSameAs(error);
  }
}
