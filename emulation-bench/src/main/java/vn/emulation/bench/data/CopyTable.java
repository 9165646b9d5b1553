package vn.emulation.bench.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * One table's rows streamed into {@code COPY … FROM STDIN} (text format) as they are generated, and
 * the SHA-256 of exactly the bytes sent, by which two runs are compared. Without a connection the
 * rows only go into the digest (a dry run).
 */
final class CopyTable implements AutoCloseable {

  private final String table;
  private final MessageDigest digest;
  private final Writer out;
  private long rows;

  CopyTable(Connection connection, String table, String columns)
      throws SQLException, NoSuchAlgorithmException {
    this.table = table;
    this.digest = MessageDigest.getInstance("SHA-256");
    OutputStream sink =
        connection == null
            ? OutputStream.nullOutputStream()
            : new PGCopyOutputStream(
                connection.unwrap(PGConnection.class),
                "COPY " + table + " (" + columns + ") FROM STDIN",
                1 << 20);
    this.out =
        new BufferedWriter(
            new OutputStreamWriter(new DigestOutputStream(sink, digest), StandardCharsets.UTF_8),
            1 << 16);
  }

  /** One row; {@code null} is SQL NULL. */
  void row(Object... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write('\t');
      }
      Object f = fields[i];
      if (f == null) {
        out.write("\\N");
      } else {
        escape(f.toString());
      }
    }
    out.write('\n');
    rows++;
  }

  private void escape(String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.write("\\\\");
        case '\t' -> out.write("\\t");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        default -> out.write(c);
      }
    }
  }

  long rows() {
    return rows;
  }

  String table() {
    return table;
  }

  /** Ends the copy (the server checks and stores the last rows now); the digest is then final. */
  @Override
  public void close() throws IOException {
    out.close();
  }

  String sha256() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
