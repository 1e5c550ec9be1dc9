package org.entente.coder.actor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The actors of one sentence, looked up by token. */
public final class SentenceActors {

  private final List<Actor> actors;
  private final List<List<Actor>> byToken;
  private final List<Actor> places;

  SentenceActors(int size, List<Actor> actors, List<Actor> places) {
    this.actors = List.copyOf(actors);
    this.places = List.copyOf(places);
    this.byToken = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      byToken.add(new ArrayList<>(1));
    }
    for (Actor actor : this.actors) {
      for (int t = actor.start(); t < actor.end(); t++) {
        byToken.get(t).add(actor);
      }
    }
  }

  /** The actors covering a token (several for "they" = China and Russia). */
  public List<Actor> at(int token) {
    return Collections.unmodifiableList(byToken.get(token));
  }

  /** Whether {@code actor} is a city standing for its country, which is a place and never acts. */
  public boolean isPlaceOnly(Actor actor) {
    return places.stream().anyMatch(p -> p == actor);
  }

  public List<Actor> all() {
    return actors;
  }
}
