package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.store.TestEvents.event;

import java.time.LocalDate;
import org.entente.event.Modality;
import org.junit.jupiter.api.Test;

class EventKeysTest {

  private static final LocalDate DAY = LocalDate.of(2014, 5, 20);

  @Test
  void theSameEventInOtherDocumentsHasTheSameKey() {
    long key = EventKeys.of(event("d1", 0, "RUSGOV", "CHN", "042", DAY));
    assertThat(EventKeys.of(event("d2", 7, "RUSGOV", "CHN", "042", DAY))).isEqualTo(key);
    assertThat(key).as("above every GDELT id").isGreaterThanOrEqualTo(EventKeys.ENTENTE_BASE);
  }

  @Test
  void anyPartOfTheKeyTellsEventsApart() {
    long key = EventKeys.of(event("d1", 0, "RUSGOV", "CHN", "042", DAY));
    assertThat(EventKeys.of(event("d1", 0, "RUSGOV", "CHN", "042", DAY.plusDays(1))))
        .isNotEqualTo(key);
    assertThat(EventKeys.of(event("d1", 0, "RUS", "CHN", "042", DAY))).isNotEqualTo(key);
    assertThat(EventKeys.of(event("d1", 0, "RUSGOV", "CHNGOV", "042", DAY))).isNotEqualTo(key);
    assertThat(EventKeys.of(event("d1", 0, "RUSGOV", "CHN", "043", DAY))).isNotEqualTo(key);
    assertThat(EventKeys.of(event("d1", 0, "RUSGOV", "CHN", "042", DAY, Modality.FUTURE, false)))
        .isNotEqualTo(key);
    assertThat(EventKeys.of(event("d1", 0, "RUSGOV", "CHN", "042", DAY, Modality.FACTUAL, true)))
        .isNotEqualTo(key);
  }
}
