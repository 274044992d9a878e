package dev.kgx.neo4j;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.event.DatabaseEventContext;
import org.neo4j.graphdb.event.DatabaseEventListenerAdapter;

/**
 * The backstop that replaces {@code -XX:+ExitOnOutOfMemoryError} (docs/decisions/0084): the JVM survives an
 * OutOfMemoryError that one query's own allocation raises in its own thread (Neo4j answers it as
 * Neo.TransientError.General.OutOfMemoryError), but not one that kills any other thread, a heap that stays full
 * or a database that panicked. Then it halts with exit code 3, and kgx's supervisor restarts it as before
 * (decision 0060).
 */
final class HeapGuard {
  /** Exit code of a halt by the guard; the JVM's own ExitOnOutOfMemoryError used 3 too. */
  static final int EXIT_CODE = 3;

  /** Share of the old generation still in use after a collection that counts as "full". */
  private static final double FULL = 0.90;

  /**
   * How long every old-generation collection may find the heap full before the guard halts. A query that fails
   * with one huge allocation frees its memory at once; a heap that stays full this long is being filled by
   * something Neo4j does not account for, and every thread of the JVM is about to fail to allocate.
   */
  private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(8);

  // Made before they are needed: when they are, the heap may have no room for a new string.
  private static final String HALT_ON_THREAD_DEATH = "a thread of Neo4j died of an OutOfMemoryError";
  private static final String HALT_ON_FULL_HEAP = "the heap stayed full after garbage collection";

  private HeapGuard() {}

  /**
   * Halts the JVM when a thread dies of a VirtualMachineError, the database panics or the heap stays full after
   * collections; see the class comment.
   */
  static void start(DatabaseManagementService dbms) {
    // A query's OutOfMemoryError is caught by Neo4j and answered; one that reaches here killed a thread of Neo4j's
    // own (its scheduler, storage maintenance), which nothing restarts.
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, error) -> {
          if (error instanceof VirtualMachineError) {
            halt(HALT_ON_THREAD_DEATH);
          }
          error.printStackTrace();
        });
    dbms.registerDatabaseEventListener(
        new DatabaseEventListenerAdapter() {
          @Override
          public void databasePanic(DatabaseEventContext event) {
            halt("the database " + event.getDatabaseName() + " panicked; see debug.log");
          }
        });
    MemoryPoolMXBean oldGen = oldGeneration();
    if (oldGen == null) {
      return;
    }
    List<GarbageCollectorMXBean> collectors =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .filter(gc -> List.of(gc.getMemoryPoolNames()).contains(oldGen.getName()))
            .toList();
    ScheduledExecutorService poll = daemonPoller("kgx-heap-guard");
    // {collections seen, when the heap was first seen full after one (0: not full)}; allocated now.
    long[] state = {collections(collectors), 0};
    poll.scheduleWithFixedDelay(
        () -> {
          // A task that throws is never run again: nothing may escape, not even an OutOfMemoryError.
          try {
            long count = collections(collectors);
            if (count == state[0]) {
              return;
            }
            state[0] = count;
            var after = oldGen.getCollectionUsage();
            boolean full = after != null && after.getMax() > 0 && after.getUsed() > FULL * after.getMax();
            long now = System.nanoTime();
            if (!full) {
              state[1] = 0;
            } else if (state[1] == 0) {
              state[1] = now;
            } else if (now - state[1] >= PATIENCE_NANOS) {
              halt(HALT_ON_FULL_HEAP);
            }
          } catch (Throwable e) {
            // Tried again in a second.
          }
        },
        1,
        1,
        TimeUnit.SECONDS);
  }

  /** The heap's old generation, where a query's values end up; null if this collector names none. */
  static MemoryPoolMXBean oldGeneration() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP
          && pool.isCollectionUsageThresholdSupported()
          && pool.getName().toLowerCase().matches(".*(old|tenured).*")) {
        return pool;
      }
    }
    return null;
  }

  private static long collections(List<GarbageCollectorMXBean> collectors) {
    long total = 0;
    for (GarbageCollectorMXBean gc : collectors) {
      total += Math.max(0, gc.getCollectionCount());
    }
    return total;
  }

  private static void halt(String why) {
    try {
      // Printed the way the JVM's own ExitOnOutOfMemoryError prints, so kgx's supervisor logs it as the reason.
      System.err.println("Terminating due to kgx heap guard: " + why);
      System.err.flush();
    } finally {
      Runtime.getRuntime().halt(EXIT_CODE);
    }
  }

  /** A single daemon thread for a watchdog's polls: it never keeps the JVM alive. */
  static ScheduledExecutorService daemonPoller(String name) {
    return Executors.newSingleThreadScheduledExecutor(
        task -> {
          Thread thread = new Thread(task, name);
          thread.setDaemon(true);
          return thread;
        });
  }
}
