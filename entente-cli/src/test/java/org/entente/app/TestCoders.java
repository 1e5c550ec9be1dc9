package org.entente.app;

/** The coders the integration tests share, so that CoreNLP loads once per test JVM. */
public final class TestCoders {

  public static final Coders SHARED = new Coders();

  private TestCoders() {}
}
