package vn.emulation.core.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;

/**
 * Assembles a {@link LawRuleSet}; {@link #build()} checks the whole and throws one {@link
 * InvalidInputException} listing every problem, each with its path ({@code
 * versions[1].forms[3].prerequisites.alternatives[0].title}). Not thread-safe.
 */
public final class LawRuleSetBuilder {

  final String code;
  final LocalizedText name;
  final List<LawVersion> versions = new ArrayList<>();

  LawRuleSetBuilder(String code, LocalizedText name) {
    this.code = code;
    this.name = name;
  }

  public LawRuleSetBuilder version(LawVersion version) {
    versions.add(Objects.requireNonNull(version));
    return this;
  }

  /**
   * The rule set, if it is whole and consistent.
   *
   * @throws InvalidInputException listing every problem found
   */
  public LawRuleSet build() {
    new LawValidator(this).validate().throwIfAny("law rule set " + code);
    return new LawRuleSet(code, name, versions);
  }
}
