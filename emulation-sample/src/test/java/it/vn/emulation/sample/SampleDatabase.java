package it.vn.emulation.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The sample server's own database, reached from the test JVM behind the API's back: the H2 file
 * the server holds (opened through H2's AUTO_SERVER, which db/h2.xml switches on), or PostgreSQL
 * when the server runs on it ({@code -Dliberty.bootstrap.emulation.db=postgresql}, also read from
 * the server's bootstrap.properties). Only for tests that must do what the API never does, such as
 * tampering with the audit log.
 */
final class SampleDatabase {

  private SampleDatabase() {}

  static Connection connect() throws SQLException {
    Properties boot = bootstrap();
    String db = setting(boot, "emulation.db", "h2");
    if ("postgresql".equals(db)) {
      String url =
          "jdbc:postgresql://"
              + setting(boot, "db.host", "127.0.0.1")
              + ":"
              + setting(boot, "db.port", "5432")
              + "/"
              + setting(boot, "db.name", "emulation");
      return DriverManager.getConnection(
          url, setting(boot, "db.user", "postgres"), setting(boot, "db.password", ""));
    }
    String path = System.getProperty("emulation.h2.path");
    if (path == null) {
      throw new IllegalStateException(
          "the pom passes emulation.h2.path to failsafe: run the ITs" + " through Maven");
    }
    return DriverManager.getConnection("jdbc:h2:" + path + ";AUTO_SERVER=TRUE", "sa", "");
  }

  /** A setting given on Maven's command line (liberty.bootstrap.*), else the server's file. */
  private static String setting(Properties boot, String key, String absent) {
    String given = System.getProperty("liberty.bootstrap." + key);
    return given != null ? given : boot.getProperty(key, absent);
  }

  private static Properties bootstrap() {
    Properties p = new Properties();
    String dir = System.getProperty("emulation.server.dir");
    if (dir != null) {
      Path file = Path.of(dir, "bootstrap.properties");
      if (Files.isRegularFile(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          p.load(in);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return p;
  }
}
