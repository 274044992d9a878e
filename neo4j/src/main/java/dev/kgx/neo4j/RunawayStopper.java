package dev.kgx.neo4j;

import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.kernel.api.KernelTransactionHandle;
import org.neo4j.kernel.api.TerminationMark;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.api.query.ExecutingQuery;
import org.neo4j.kernel.impl.api.KernelTransactions;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Stops the thread of a console query that Neo4j cannot stop itself (docs/decisions/0085). Neo4j checks for a
 * transaction's termination between steps of its work, never while it evaluates one expression: a {@code reduce}
 * over a huge range keeps a core busy long after its timeout, and a list comprehension fills the heap with values
 * Neo4j does not account for. Only transactions whose metadata says {@code kgx: "console"} are ever touched; kgx
 * marks its console's read transactions so, and nothing else.
 */
final class RunawayStopper {
  /** The transaction metadata key and value that mark a console transaction (server/src/console/run-query.ts). */
  static final String METADATA_KEY = "kgx";

  static final String METADATA_CONSOLE = "console";

  /** How long a terminated console query may go on before its thread is stopped: Neo4j usually stops it first. */
  private static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(1500);

  /** How long after one stop the same transaction's thread may be stopped again, if it caught the first. */
  private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(2);

  private static final int MAX_STOPS = 3;

  private static final long POLL_MILLIS = 250;

  /**
   * Share of the old generation in use at which running console queries are stopped. Measured now, not after a
   * collection as the heap guard does: G1 measures its old generation only in its mixed and full collections,
   * which come when the heap is nearly full already, and near a full heap the collector runs back to back and no
   * thread, this one included, gets on with its work (measured: a list comprehension wedged a 1 GB JVM for
   * minutes). G1 begins to collect the old generation at 45 %; past 75 % it holds live values, or garbage that a
   * collection will soon free; a collection forced then tells which ({@link #heapFullOfLiveValues}).
   */
  private static final double HEAP_SHARE = 0.75;

  private static final MemoryPoolMXBean OLD_GENERATION = HeapGuard.oldGeneration();

  /**
   * How long the answer of {@link #heapFullOfLiveValues} holds: each answer costs a full collection, and a runaway
   * that fills the heap is found again within this time.
   */
  private static final long CONFIRM_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  private long confirmedAt = System.nanoTime() - CONFIRM_NANOS;

  private boolean confirmedFull;

  /** How often the list of databases is read again; reading it runs a transaction, so not on every poll. */
  private static final long DATABASES_NANOS = TimeUnit.SECONDS.toNanos(10);

  /** The databases' transaction registries, read every {@link #DATABASES_NANOS}. */
  private List<KernelTransactions> registries = List.of();

  private long registriesRead;

  /** Per transaction (name and sequence number): how often and when its thread was last stopped. */
  private final Map<String, long[]> stops = new HashMap<>();

  private final Set<String> warned = new HashSet<>();

  private final DatabaseManagementService dbms;

  /**
   * Thread's private {@code stop0(Object)}: what {@code Thread.stop()} calls with a bare ThreadDeath, here called
   * with a {@link Stopped} that Bolt can report. Needs {@code --add-opens=java.base/java.lang=ALL-UNNAMED}
   * (server/src/neo4j/launcher.ts); null on Java 20 and later, where Thread.stop is gone (decision 0085).
   */
  private static final Method STOP;

  /** Why {@link #STOP} is null, for the warning. */
  private static final String STOP_UNAVAILABLE;

  static {
    Method stop = null;
    String unavailable = null;
    if (Runtime.version().feature() >= 20) {
      unavailable = "Java " + Runtime.version().feature() + " has no Thread.stop";
    } else {
      try {
        stop = Thread.class.getDeclaredMethod("stop0", Object.class);
        stop.setAccessible(true);
      } catch (ReflectiveOperationException | RuntimeException e) {
        stop = null;
        unavailable = "Thread.stop0 is out of reach (" + e + ")";
      }
    }
    STOP = stop;
    STOP_UNAVAILABLE = unavailable;
  }

  private RunawayStopper(DatabaseManagementService dbms) {
    this.dbms = dbms;
  }

  /** Starts the watchdog thread; it runs until the JVM exits. */
  static void start(DatabaseManagementService dbms) {
    RunawayStopper stopper = new RunawayStopper(dbms);
    ScheduledExecutorService poll = HeapGuard.daemonPoller("kgx-runaway-stopper");
    poll.scheduleWithFixedDelay(
        () -> {
          // A task that throws is never run again: nothing may escape.
          try {
            stopper.tick();
          } catch (Throwable e) {
            // Tried again at the next poll.
          }
        },
        POLL_MILLIS,
        POLL_MILLIS,
        TimeUnit.MILLISECONDS);
  }

  private void tick() {
    boolean memory = heapNearlyFull();
    Map<String, Thread> threads = null;
    Set<String> seen = new HashSet<>();
    if (!memory && (registries.isEmpty() || System.nanoTime() - registriesRead >= DATABASES_NANOS)) {
      registries = readRegistries();
      registriesRead = System.nanoTime();
    }
    for (KernelTransactions transactions : registries) {
      for (KernelTransactionHandle handle : transactions.executingTransactions()) {
        if (!METADATA_CONSOLE.equals(handle.getMetaData().get(METADATA_KEY)) || !handle.isOpen()) continue;
        String key = handle.getUserTransactionName() + "#" + handle.getTransactionSequenceNumber();
        seen.add(key);
        String why = memory && heapFullOfLiveValues() ? "memory" : overdue(handle) ? "cpu" : null;
        if (why == null || !mayStopAgain(key)) continue;
        if (threads == null) threads = threadsByName();
        Thread thread = executingThread(handle, threads);
        if (thread == null || !inCypherCode(thread.getStackTrace())) {
          // Between two messages (no thread), or in storage or page-cache code: not now, at the next poll.
          continue;
        }
        // Marked too, so that Neo4j ends the transaction with this reason wherever the thread unwinds to.
        if (memory) handle.markForTermination(Status.General.TransactionOutOfMemoryError);
        stop(handle, key, thread, why);
      }
    }
    stops.keySet().retainAll(seen);
    warned.retainAll(seen);
  }

  private static boolean heapNearlyFull() {
    if (OLD_GENERATION == null) return false;
    MemoryUsage usage = OLD_GENERATION.getUsage();
    return usage.getMax() > 0 && usage.getUsed() > HEAP_SHARE * usage.getMax();
  }

  /**
   * Whether the heap is nearly full after a collection, so of values something still holds: a full heap of garbage,
   * left by a console query that Neo4j's own memory limit already ended, must not stop the next console query
   * (measured: the query after a deep path expansion was stopped so). Called only while {@link #heapNearlyFull}
   * and a console query runs.
   */
  private boolean heapFullOfLiveValues() {
    if (System.nanoTime() - confirmedAt >= CONFIRM_NANOS) {
      System.gc();
      confirmedFull = heapNearlyFull();
      confirmedAt = System.nanoTime();
    }
    return confirmedFull;
  }

  private List<KernelTransactions> readRegistries() {
    List<KernelTransactions> found = new ArrayList<>();
    for (String name : dbms.listDatabases()) {
      try {
        var database = (GraphDatabaseAPI) dbms.database(name);
        if (database.isAvailable(0)) {
          found.add(database.getDependencyResolver().resolveDependency(KernelTransactions.class));
        }
      } catch (RuntimeException e) {
        // Not running now: read again next time.
      }
    }
    return found;
  }

  /** Marked for termination (its timeout, or kgx's own) longer ago than the grace, and still executing. */
  private static boolean overdue(KernelTransactionHandle handle) {
    Optional<TerminationMark> mark = handle.terminationMark();
    return mark.isPresent() && System.nanoTime() - mark.get().getTimestampNanos() >= GRACE_NANOS;
  }

  private boolean mayStopAgain(String key) {
    long[] record = stops.get(key);
    return record == null || (record[0] < MAX_STOPS && System.nanoTime() - record[1] >= RETRY_NANOS);
  }

  /** Every live thread by name; without Thread.getAllStackTraces, which would copy every stack. */
  private static Map<String, Thread> threadsByName() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) root = root.getParent();
    Thread[] all = new Thread[root.activeCount() + 16];
    int count = root.enumerate(all, true);
    Map<String, Thread> threads = new HashMap<>();
    for (int i = 0; i < count; i++) {
      threads.put(all[i].getName(), all[i]);
    }
    return threads;
  }

  /**
   * The thread working for the transaction's Bolt connection: while it runs a connection's messages, Neo4j's Bolt
   * worker is named "{worker} [{connection id} - {client address}]". Null when no thread is working for it.
   */
  private static Thread executingThread(KernelTransactionHandle handle, Map<String, Thread> threads) {
    Optional<String> connection = handle.clientInfo().map(ClientConnectionInfo::connectionId);
    if (connection.isEmpty() || connection.get().isEmpty()) return null;
    String marker = " [" + connection.get() + " - ";
    Thread found = null;
    for (Map.Entry<String, Thread> entry : threads.entrySet()) {
      if (entry.getKey().contains(marker)) {
        if (found != null) return null; // Two threads claim the connection: not sure which, so neither.
        found = entry.getValue();
      }
    }
    if (found == null) {
      // The name Neo4j recorded when the query started, if the same thread still has it.
      found =
          handle
              .executingQuery()
              .map(ExecutingQuery::threadExecutingTheQueryName)
              .map(threads::get)
              .orElse(null);
    }
    return found;
  }

  /**
   * Whether the thread is busy in Cypher's own evaluation: the first frame outside the JDK and Scala belongs to
   * the Cypher runtime, Neo4j's values or its memory tracking, not to storage, the page cache, locks or a
   * procedure. A thread stopped there unwinds through code that holds nothing but its own values.
   */
  static boolean inCypherCode(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      String name = frame.getClassName();
      if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("scala.")) continue;
      return name.startsWith("org.neo4j.cypher.")
          || name.startsWith("org.neo4j.values.")
          || name.startsWith("org.neo4j.memory.");
    }
    return false;
  }

  private void stop(KernelTransactionHandle handle, String key, Thread thread, String why) {
    String transaction = handle.getUserTransactionName();
    String cause = why.equals("memory") ? "because the heap is nearly full (memory)" : "after termination (cpu)";
    if (STOP == null) {
      if (warned.add(key)) {
        System.err.println(
            "kgx: cannot stop runaway console query "
                + transaction
                + " "
                + cause
                + ": "
                + STOP_UNAVAILABLE
                + ", so it runs until it ends"
                + (why.equals("memory") ? " or the heap guard restarts Neo4j" : ""));
      }
      return;
    }
    Stopped stopped =
        why.equals("memory")
            ? new Stopped(
                Status.General.TransactionOutOfMemoryError,
                "The console query was stopped: the heap was nearly full of values it built.")
            : new Stopped(
                handle.terminationMark().map(TerminationMark::getReason).orElse(Status.Transaction.Terminated),
                "The console query was stopped: it was terminated but went on evaluating an expression.");
    try {
      STOP.invoke(thread, stopped);
    } catch (ReflectiveOperationException | RuntimeException e) {
      if (warned.add(key)) {
        System.err.println("kgx: cannot stop runaway console query " + transaction + " " + cause + ": " + e);
      }
      return;
    }
    long[] record = stops.computeIfAbsent(key, k -> new long[2]);
    record[0]++;
    record[1] = System.nanoTime();
    System.err.println("kgx: stopped runaway console query " + transaction + " " + cause);
    System.err.flush();
    if (why.equals("memory")) {
      // The stopped query's values are garbage now; collect them before the heap guard's patience runs out.
      System.gc();
    }
  }

  /**
   * What the stopped thread throws: a ThreadDeath, so that code that lets ThreadDeath pass still does, with a
   * status and a message, so that Bolt answers the client with a failure it can read (a plain ThreadDeath has no
   * message, and Bolt 5.26 then fails to encode the failure and never answers).
   */
  static final class Stopped extends ThreadDeath implements Status.HasStatus {
    private static final long serialVersionUID = 1L;
    private final transient Status status;
    private final String message;

    Stopped(Status status, String message) {
      this.status = status;
      this.message = message;
    }

    @Override
    public Status status() {
      return status;
    }

    @Override
    public String getMessage() {
      return message;
    }
  }
}

