package vn.emulation.core.common;

/**
 * The core's messages, from {@code vn/emulation/core/messages_vi.properties} and {@code
 * messages_en.properties}: every problem and explanation the core writes is a key there (ADR 0027).
 * The adapter has its own catalogue.
 */
public final class Messages {

  private static final MessageCatalogue CATALOGUE =
      MessageCatalogue.of(Messages.class, "vn/emulation/core/messages");

  private Messages() {}

  /** The core's message {@code key} with its arguments {@code {0}}, {@code {1}}… */
  public static LocalizedText text(String key, Object... arguments) {
    return CATALOGUE.text(key, arguments);
  }

  /** The core's catalogue, for the tests that check it. */
  public static MessageCatalogue catalogue() {
    return CATALOGUE;
  }
}
