package dev.kgx.neo4j;

import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.impl.api.KernelTransactionImplementation;
import org.neo4j.kernel.impl.api.TransactionMemoryPool;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/**
 * {@code kgx.limitTransactionMemory(bytes)}: lowers the memory limit of the calling transaction only. kgx's
 * Cypher console calls it first in each of its transactions, so that a researcher's query is held to a small share
 * of the heap while kgx's own imports keep Neo4j's global limits (docs/decisions/0083). The console's allowlist
 * keeps researchers from calling it themselves.
 */
public final class ConsoleMemory {
  @Context public Transaction transaction;

  /** Registers the procedure with the running DBMS. */
  static void register(DatabaseManagementService dbms) throws Exception {
    var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    api.getDependencyResolver().resolveDependency(GlobalProcedures.class).registerProcedure(ConsoleMemory.class);
  }

  /** One row: the limit now in force, in bytes. */
  public record Limit(long bytes) {}

  @Procedure(name = "kgx.limitTransactionMemory", mode = Mode.READ)
  @Description("Lowers the calling transaction's memory limit to the given number of bytes.")
  public Stream<Limit> limitTransactionMemory(@Name("bytes") long bytes) throws ReflectiveOperationException {
    // The limit goes on the transaction's memory pool, which Neo4j sets back to db.memory.transaction.max each time
    // it hands the pooled kernel transaction to a new transaction; a limit on the transaction's memory tracker
    // would stay with the pooled object and hold kgx's next import to 128 MiB as well.
    var kernelTransaction = ((InternalTransaction) transaction).kernelTransaction();
    if (!(kernelTransaction instanceof KernelTransactionImplementation implementation)) {
      throw new IllegalStateException("This Neo4j's transactions are not kernel transactions: " + kernelTransaction.getClass());
    }
    var field = KernelTransactionImplementation.class.getDeclaredField("transactionMemoryPool");
    field.setAccessible(true);
    var pool = (TransactionMemoryPool) field.get(implementation);
    // Never above a quarter of the heap, whatever the caller asks: the rest stays for Neo4j and other readers.
    long limit = Math.max(1, Math.min(bytes, Runtime.getRuntime().maxMemory() / 4));
    pool.setLimit(limit);
    return Stream.of(new Limit(limit));
  }
}
