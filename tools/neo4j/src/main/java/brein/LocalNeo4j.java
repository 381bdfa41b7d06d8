package brein;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts an embedded Neo4j Community database with only the Bolt connector, bound to 127.0.0.1.
 * Authentication is off because the port is reachable from this machine only.
 *
 * Arguments: home directory, bolt port, page cache in MiB, transaction timeout in seconds.
 * Prints "READY <port>" on stdout once Bolt accepts connections; stops cleanly on SIGTERM.
 */
public final class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args.length > 0 ? args[0] : ".neo4j/data").toAbsolutePath();
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 7687;
    long pageCacheMiB = args.length > 2 ? Long.parseLong(args[2]) : 512;
    long txTimeoutSeconds = args.length > 3 ? Long.parseLong(args[3]) : 30;
    Files.createDirectories(home);

    DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
        .build();

    Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "neo4j-shutdown"));
    service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(60_000);
    System.out.println("READY " + port);
    System.out.flush();
    Thread.currentThread().join();
  }
}
