package vn.emulation.jakarta.messages;

import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.MessageCatalogue;

/**
 * The adapter's messages, from {@code vn/emulation/jakarta/messages_vi.properties} and {@code
 * messages_en.properties}: what the edge, the use cases and the file readers say (ADR 0027). The
 * core's own messages are in its catalogue, {@code vn.emulation.core.common.Messages}.
 */
public final class AdapterMessages {

  private static final MessageCatalogue CATALOGUE =
      MessageCatalogue.of(AdapterMessages.class, "vn/emulation/jakarta/messages");

  private AdapterMessages() {}

  /** The adapter's message {@code key} with its arguments {@code {0}}, {@code {1}}… */
  public static LocalizedText text(String key, Object... arguments) {
    return CATALOGUE.text(key, arguments);
  }

  /** The adapter's catalogue, for the tests that check it. */
  public static MessageCatalogue catalogue() {
    return CATALOGUE;
  }
}
