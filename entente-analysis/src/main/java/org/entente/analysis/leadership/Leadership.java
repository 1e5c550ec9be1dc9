package org.entente.analysis.leadership;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.entente.analysis.scope.Dyad;
import org.entente.analysis.scope.Window;

/**
 * Issue leadership for a dyad: for each third party either acts on, who acts more. {@code entente
 * leads CHN RUS} prints it.
 *
 * @param issues most events first
 */
public record Leadership(Dyad dyad, Window window, List<IssueLead> issues) {

  public Leadership {
    requireNonNull(dyad, "dyad is null");
    requireNonNull(window, "window is null");
    issues = List.copyOf(issues);
  }

  /** The leader on {@code thirdParty}, if any. */
  public Optional<String> leaderOn(String thirdParty) {
    return issues.stream()
        .filter(issue -> issue.thirdParty().equals(thirdParty))
        .findFirst()
        .flatMap(IssueLead::leader);
  }
}
