package org.entente.cli;

/** The coders the integration tests share, so that CoreNLP loads once per test JVM. */
final class TestCoders {

  static final Coders SHARED = new Coders();

  private TestCoders() {}
}
