package brein;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseInternalSettings.CypherExpressionEngine;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;

/**
 * Starts an embedded Neo4j Community database with only the Bolt connector, bound to 127.0.0.1.
 * Authentication is off because the port is reachable from this machine only.
 *
 * Arguments: home directory, bolt port, page cache in MiB, transaction timeout in seconds.
 * Prints "READY <port>" on stdout once Bolt accepts connections; stops cleanly on SIGTERM.
 */
public final class LocalNeo4j {
  /**
   * How Cypher plans are made and kept (the same settings go into docker-compose.yml):
   * - one plan per statement text and parameter types, not one more for each size class of a
   *   string or list parameter: a question of another length would otherwise be planned anew on
   *   the first request that brings it, after the warm-up, in the client's time;
   * - expressions interpreted, not compiled to bytecode on a statement's 11th run, which re-plans
   *   it then (hundreds of ms, again in some client's time).
   */
  static final Map<Setting<?>, Object> PLANNING = Map.of(
      GraphDatabaseInternalSettings.cypher_size_hint_parameters, false,
      GraphDatabaseInternalSettings.cypher_expression_engine, CypherExpressionEngine.INTERPRETED);

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
        .setConfig(PLANNING)
        .build();

    Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "neo4j-shutdown"));
    service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(60_000);
    System.out.println("READY " + port);
    System.out.flush();
    Thread.currentThread().join();
  }
}
