// Starts an embedded Neo4j Community 5 with Bolt on 127.0.0.1 for talkgraph's tests and CI.
// Usage: java -cp <neo4j classpath> Launcher.java PORT DATA_DIR PASSWORD
// Prints "READY bolt://127.0.0.1:PORT" once Bolt accepts connections; stops cleanly when its
// standard input closes or it receives SIGTERM.
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class Launcher {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    Path home = Path.of(args[1]);
    String password = args[2];
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      // Restarted on an existing data folder: Neo4j refuses to set the password it already has.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    // The parent closes stdin (or dies) to stop us.
    while (System.in.read() != -1) {
      // ignore input
    }
    System.exit(0);
  }
}
