package dev.kgx.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

/**
 * Starts Neo4j Community in-process with only the Bolt connector, on loopback, and keeps it running until
 * SIGTERM, SIGINT or the end of standard input (the parent process died).
 *
 * <p>Protocol with kgx: configuration comes from environment variables (so that the password never shows in
 * {@code ps}); exactly one line starting with {@code KGX_NEO4J_READY } or {@code KGX_NEO4J_ERROR } followed by a
 * JSON object is printed on standard output. Everything else Neo4j says goes to its log files.
 */
public final class Launcher {
  private static final String READY = "KGX_NEO4J_READY ";
  private static final String ERROR = "KGX_NEO4J_ERROR ";

  private Launcher() {}

  public static void main(String[] args) {
    Config config;
    try {
      config = Config.fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      fail("config", e.getMessage());
      return;
    }

    DatabaseManagementService dbms;
    try {
      createPrivateDirectories(config.home());
      createPrivateDirectories(config.home().resolve("import"));
      dbms = build(config);
    } catch (Throwable e) {
      fail(classify(e), rootMessage(e));
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                },
                "kgx-neo4j-shutdown"));

    HeapGuard.start(dbms);
    RunawayStopper.start(dbms);
    try {
      ConsoleMemory.register(dbms);
    } catch (Throwable e) {
      fail("startup", rootMessage(e));
      return;
    }

    try {
      setPassword(dbms, config.password());
    } catch (Throwable e) {
      fail("auth", rootMessage(e));
      return;
    }

    System.out.println(
        READY
            + "{\"bolt\":\"bolt://"
            + config.host()
            + ":"
            + config.port()
            + "\",\"version\":\""
            + Version.getNeo4jVersion()
            + "\",\"home\":"
            + json(config.home().toString())
            + ",\"pid\":"
            + ProcessHandle.current().pid()
            + "}");
    System.out.flush();

    exitWhenStdinCloses();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static DatabaseManagementService build(Config config) {
    // A second wall behind kgx's read-only Cypher console (docs/security.md): no APOC reads or writes of files,
    // no APOC triggers. APOC reads its settings from system properties too; these are its defaults, made explicit.
    System.setProperty("apoc.import.file.enabled", "false");
    System.setProperty("apoc.export.file.enabled", "false");
    System.setProperty("apoc.trigger.enabled", "false");
    return new DatabaseManagementServiceBuilder(config.home())
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(config.host(), config.port()))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(config.host(), config.port()))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, config.pageCacheBytes())
        .setConfig(GraphDatabaseSettings.plugin_dir, config.pluginDir())
        .setConfig(GraphDatabaseSettings.load_csv_file_url_root, config.home().resolve("import"))
        // dbms.security.allow_csv_import_from_file_urls: LOAD CSV may not read file:/// URLs at all.
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ZERO)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .build();
  }

  /**
   * Creates a directory only its owner can enter, or tightens one that exists. Neo4j creates its store and log
   * files readable by everyone; inside a home others cannot enter, they stay private.
   */
  private static void createPrivateDirectories(Path dir) throws IOException {
    Files.createDirectories(dir);
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): its ACLs, inherited from the user's folders, decide.
    }
  }

  /**
   * Makes the given password the neo4j user's, without a forced change. Neo4j refuses to set the password it
   * already has, which is the normal case on every start after the first.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      String message = String.valueOf(rootMessage(e)).toLowerCase();
      if (!message.contains("same")) {
        throw e;
      }
    }
  }

  /** kgx keeps our standard input open; when it dies, even by SIGKILL, the pipe closes and we stop. */
  private static void exitWhenStdinCloses() {
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                  // kgx sends nothing; reading only detects the end of the stream.
                }
              } catch (IOException ignored) {
                // A broken pipe means the parent is gone, the same as end of stream.
              }
              System.exit(0);
            },
            "kgx-neo4j-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static String classify(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase();
      if (t instanceof java.net.BindException || message.contains("address already in use")) {
        return "port-in-use";
      }
      if (t.getClass().getSimpleName().contains("FileLock") || message.contains("lock")) {
        return "store-locked";
      }
    }
    return "startup";
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static void fail(String kind, String message) {
    System.out.println(ERROR + "{\"kind\":" + json(kind) + ",\"message\":" + json(message) + "}");
    System.out.flush();
    System.exit(1);
  }

  static String json(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Settings read from the environment; see docs/development.md for the variables. */
  record Config(Path home, String host, int port, String password, long pageCacheBytes, Path pluginDir) {
    static Config fromEnvironment(Map<String, String> env) {
      String home = required(env, "KGX_NEO4J_HOME");
      String password = required(env, "KGX_NEO4J_PASSWORD");
      if (password.length() < 8) {
        throw new IllegalArgumentException("KGX_NEO4J_PASSWORD must have at least 8 characters");
      }
      String host = env.getOrDefault("KGX_NEO4J_HOST", "127.0.0.1");
      int port = parsePort(env.getOrDefault("KGX_NEO4J_BOLT_PORT", "7687"));
      long pageCache = ByteUnit.parse(env.getOrDefault("KGX_NEO4J_PAGECACHE", "512m"));
      Path plugins = Path.of(required(env, "KGX_NEO4J_PLUGINS"));
      return new Config(Path.of(home).toAbsolutePath(), host, port, password, pageCache, plugins);
    }

    private static String required(Map<String, String> env, String name) {
      String value = env.get(name);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " is not set");
      }
      return value;
    }

    private static int parsePort(String value) {
      try {
        int port = Integer.parseInt(value);
        if (port < 1 || port > 65535) {
          throw new NumberFormatException();
        }
        return port;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("KGX_NEO4J_BOLT_PORT is not a port number: " + value);
      }
    }
  }
}
