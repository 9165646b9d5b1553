package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files to report with, and the HTTP calls that send them: CSV text, XLSX workbooks built as a
 * spreadsheet user would, multipart forms as a browser sends them.
 */
final class ReportFiles {

  static final String HEADER = "indicator,unit,year,breakdown,numerator,denominator,value";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  ReportFiles(URL deployment) {
    this.base = URI.create(deployment.toString().replaceAll("/?$", "/"));
  }

  /** CSV lines joined with CRLF, UTF-8. */
  static byte[] csv(String... lines) {
    return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /** A workbook with a sheet "Số liệu" holding the header and the rows (strings or numbers). */
  static byte[] xlsx(List<List<Object>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Số liệu");
      String[] header = HEADER.split(",");
      Row first = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        first.createCell(c).setCellValue(header[c]);
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<Object> cells = rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
          Object cell = cells.get(c);
          if (cell instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (cell != null) {
            row.createCell(c).setCellValue(cell.toString());
          }
        }
      }
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(XSSFWorkbook workbook) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A POST of raw bytes with the given headers; the reply with its body as text. */
  Api.Reply post(String path, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    HttpResponse<String> r =
        send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Api.Reply(
        r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  /** A POST of raw bytes streamed without a length (chunked), as a client may send a file. */
  Api.Reply postStreamed(String path, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    headers.forEach(request::header);
    HttpResponse<String> r =
        send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Api.Reply(
        r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  /** A file as a browser's form sends it: one part named {@code file}. */
  Api.Reply postForm(String path, String filename, String type, byte[] content) {
    String boundary = "----emulation-it-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\""
                + filename
                + "\"\r\nContent-Type: "
                + type
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return post(
        path,
        body.toByteArray(),
        Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
  }

  /** A GET whose body is kept as bytes. */
  HttpResponse<byte[]> download(String path) {
    HttpResponse<byte[]> r =
        send(
            HttpRequest.newBuilder(base.resolve(path)).GET(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r;
  }

  private <T> HttpResponse<T> send(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
    request.header("Authorization", Api.bearer(base));
    try {
      return http.send(request.build(), handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
