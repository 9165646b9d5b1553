package it.vn.emulation.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests that {@code java.net.http} refuses to send: a request
 * line holding raw illegal characters or bytes that are not UTF-8, headers that are not text. One
 * request per connection; the answer is read to the end (chunked bodies decoded).
 */
final class RawHttp {

  private final String host;
  private final int port;

  RawHttp(URL anyUrlOfTheServer) {
    this.host = anyUrlOfTheServer.getHost();
    this.port = anyUrlOfTheServer.getPort();
  }

  /** An answer: status, headers (names in lower case, values joined by ", ") and body bytes. */
  record Answer(String request, int status, Map<String, String> headers, byte[] body) {

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** Everything the client sees, headers included, for the assertions about leaks. */
    String all() {
      return status + " " + headers + "\n" + new String(body, StandardCharsets.ISO_8859_1);
    }
  }

  /** {@code GET target}, the target's bytes sent as they are. */
  Answer get(byte[] target, String... headers) throws IOException {
    return send("GET", target, null, headers);
  }

  Answer get(String target, String... headers) throws IOException {
    return get(target.getBytes(StandardCharsets.UTF_8), headers);
  }

  Answer send(String method, byte[] target, byte[] body, String... headers) throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.write((method + " ").getBytes(StandardCharsets.US_ASCII));
    request.write(target);
    request.write(
        (" HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    for (String h : headers) {
      // headers are given as Latin-1 strings so that tests can put any byte in them
      request.write((h + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }
    if (body != null) {
      request.write(
          ("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }
    request.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    if (body != null) {
      request.write(body);
    }
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toByteArray());
      out.flush();
      return parse(
          new String(target, StandardCharsets.ISO_8859_1), socket.getInputStream().readAllBytes());
    }
  }

  private static Answer parse(String target, byte[] raw) throws IOException {
    int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    if (end < 0) {
      throw new IOException(
          "no complete answer to " + target + ": " + new String(raw, StandardCharsets.ISO_8859_1));
    }
    String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.merge(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim(),
          (a, b) -> a + ", " + b);
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    return new Answer(target, status, headers, body);
  }

  private static byte[] unchunk(byte[] chunked) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = new java.io.ByteArrayInputStream(chunked);
    while (true) {
      StringBuilder size = new StringBuilder();
      for (int c = in.read(); c != '\n' && c != -1; c = in.read()) {
        if (c != '\r') {
          size.append((char) c);
        }
      }
      int n = size.length() == 0 ? 0 : Integer.parseInt(size.toString().split(";")[0].trim(), 16);
      if (n == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(n));
      in.readNBytes(2);
    }
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
