package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Reads the API's JSON command bodies with {@link CommandBodies} instead of JSON-B, which would
 * turn 1.7 into 1, "5" into 5 and ignore a misspelt field. UTF-8 only (RFC 8259), at most {@value
 * #MAX_BYTES} bytes: a command is a few hundred.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class CommandBodyReader implements MessageBodyReader<Object> {

  static final int MAX_BYTES = 1_000_000;

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return CommandBodies.reads(type);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entity)
      throws IOException {
    byte[] bytes = entity.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw Bodies.tooLarge(MAX_BYTES);
    }
    return CommandBodies.read(type, utf8(bytes));
  }

  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(
          "request body",
          List.of(new Problem("body", AdapterMessages.text("rest.bodyNotValidUtf"))));
    }
  }
}
