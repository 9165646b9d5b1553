package vn.emulation.jakarta.infrastructure.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One open transaction on a database, handed to a repository as its datasource, as a container
 * hands it the connection enlisted in the caller's JTA transaction: every {@code getConnection()}
 * answers the transaction's connection, and closing it leaves the transaction open until {@link
 * #commit} or {@link #rollback}.
 */
final class HeldTransaction implements AutoCloseable {

  private final Connection connection;
  final DataSource dataSource;

  HeldTransaction(DataSource db) throws SQLException {
    connection = db.getConnection();
    connection.setAutoCommit(false);
    Connection enlisted =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close")) {
                    return null; // the transaction's end closes it, not its user
                  }
                  try {
                    return method.invoke(connection, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    dataSource =
        (DataSource)
            Proxy.newProxyInstance(
                DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getConnection")) {
                    return enlisted;
                  }
                  // deliberately nothing else: the repositories under test only ask for a
                  // connection, and a test that asked for more should fail loudly, not quietly
                  throw new IllegalStateException(
                      "a held transaction's datasource hands out its connection only, not "
                          + method.getName());
                });
  }

  void commit() throws SQLException {
    connection.commit();
  }

  void rollback() throws SQLException {
    connection.rollback();
  }

  /** Rolls back what was neither committed nor rolled back, and closes the connection. */
  @Override
  public void close() throws SQLException {
    try {
      connection.rollback();
    } finally {
      connection.close();
    }
  }
}
