import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community in-process with only the Bolt connector, for machines without Docker.
 *
 * Usage: java -cp CLASSPATH Neo4jLauncher.java HOME PORT PASSWORD [PARENT_PID]
 *
 * Binds 127.0.0.1 only. Embedded Neo4j starts with auth disabled and no password, unlike the
 * server, so auth is switched on and the neo4j user's password set here, before Bolt is used.
 * Prints "NEO4J_READY bolt://127.0.0.1:PORT" once it accepts connections. Stops on SIGTERM/SIGINT
 * (shutdown hook) and, when PARENT_PID is given, as soon as that process is gone, so a killed
 * test run never leaves a database behind.
 */
public final class Neo4jLauncher {
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: Neo4jLauncher HOME PORT PASSWORD [PARENT_PID]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String password = args[2];
    long parentPid = args.length > 3 ? Long.parseLong(args[3]) : -1;
    Files.createDirectories(home);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // Sized by the Node side (src/db/local-neo4j.ts defaultPageCacheBytes, AKHBAR_NEO4J_PAGECACHE).
        .setConfig(GraphDatabaseSettings.pagecache_memory, Long.getLong("akhbar.pagecache", 256L * 1024 * 1024))
        .setConfig(GraphDatabaseSettings.transaction_timeout, java.time.Duration.ofMinutes(5))
        // Neo4j keeps two days of transaction logs by default: repeated 100k-article bench loads
        // wrote tens of GB and filled the disk. Keep 512 MB past the last checkpoint instead.
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "512M size")
        .build();

    // The embedded API runs with full rights, so it can set the initial password the server's
    // `neo4j-admin dbms set-initial-password` would.
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Restarting on the same data with the same password: Neo4j refuses a "change" to the
      // password it already has, which is exactly the state we want.
      String message = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : e.getCause().getMessage());
      if (!message.contains("cannot be the same")) {
        System.err.println("could not set the neo4j password: " + message);
        dbms.shutdown();
        System.exit(1);
      }
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stopped.countDown();
    }, "neo4j-shutdown"));

    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    if (parentPid > 0) {
      while (!stopped.await(1, TimeUnit.SECONDS)) {
        boolean alive = ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
          System.err.println("parent " + parentPid + " is gone; stopping Neo4j");
          System.exit(0);
        }
      }
    } else {
      stopped.await();
    }
  }
}
