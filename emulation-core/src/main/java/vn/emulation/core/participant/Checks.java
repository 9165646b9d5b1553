package vn.emulation.core.participant;

final class Checks {

  private Checks() {}

  static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, was: " + value);
    }
  }
}
