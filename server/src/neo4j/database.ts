import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryConfig,
  type RoutingControl,
} from "neo4j-driver";

/** Where and as whom kgx talks to Neo4j. */
export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/**
 * kgx's one handle on Neo4j: one driver per process; every call names the database, reads run in read
 * transactions (routed to readers on a cluster), and every transaction has a timeout.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    readonly name: string,
    readonly timeoutMs: number,
  ) {}

  static open(target: Neo4jTarget, timeoutMs: number): Database {
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
      disableLosslessIntegers: false,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 10_000,
      maxTransactionRetryTime: 5_000,
      userAgent: "kgx/0.1",
    });
    return new Database(driver, target.database, timeoutMs);
  }

  /** Runs `work` in a read transaction. */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.withSession("READ", (session) => session.executeRead(work, { timeout: this.timeoutMs }));
  }

  /** Runs `work` in a write transaction. */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.timeoutMs): Promise<T> {
    return this.withSession("WRITE", (session) => session.executeWrite(work, { timeout: timeoutMs }));
  }

  /** A single statement's config for `driver.executeQuery`, read or write. */
  queryConfig(routing: RoutingControl): QueryConfig {
    return { database: this.name, routing, transactionConfig: { timeout: this.timeoutMs } };
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async withSession<T>(
    mode: "READ" | "WRITE",
    run: (session: ReturnType<Driver["session"]>) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await run(session);
    } finally {
      await session.close();
    }
  }
}
