import neo4j, {
  type Driver,
  type EagerResult,
  type ManagedTransaction,
  Neo4jError,
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
 * How long past a transaction's own timeout kgx waits before it calls Neo4j unreachable. Neo4j enforces the
 * timeout itself; only a Neo4j that is frozen, or a network that drops packets, lets a call run past it.
 */
export const answerGraceMs = 1_000;

/**
 * kgx's one handle on Neo4j: one driver per process; every call names the database, reads run in read
 * transactions (routed to readers on a cluster), and every transaction has a timeout that holds even when Neo4j
 * stops answering: the call then fails with ServiceUnavailable one second after it.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    readonly timeoutMs: number,
    /** Where the driver points: processes of kgx's own that read Neo4j (exports) open their driver with it. */
    readonly target: Neo4jTarget,
  ) {}

  /** The database every call names. */
  get name(): string {
    return this.target.database;
  }

  static open(target: Neo4jTarget, timeoutMs: number): Database {
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
      disableLosslessIntegers: false,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      userAgent: "kgx/0.1",
    });
    return new Database(driver, timeoutMs, target);
  }

  /** Runs `work` in a read transaction. */
  read<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.timeoutMs): Promise<T> {
    return this.withSession("READ", timeoutMs, (session) =>
      session.executeRead(work, { timeout: timeoutMs }),
    );
  }

  /** Runs `work` in a write transaction. */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = this.timeoutMs): Promise<T> {
    return this.withSession("WRITE", timeoutMs, (session) =>
      session.executeWrite(work, { timeout: timeoutMs }),
    );
  }

  /** One statement in its own transaction (`driver.executeQuery`), read or write, with the same deadline. */
  query(
    text: string,
    params: Record<string, unknown>,
    routing: RoutingControl,
    timeoutMs = this.timeoutMs,
  ): Promise<EagerResult> {
    const config = { ...this.queryConfig(routing), transactionConfig: { timeout: timeoutMs } };
    return withDeadline(this.driver.executeQuery(text, params, config), timeoutMs + answerGraceMs);
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
    timeoutMs: number,
    run: (session: ReturnType<Driver["session"]>) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const work = run(session);
    try {
      const result = await withDeadline(work, timeoutMs + answerGraceMs);
      await session.close();
      return result;
    } catch (error) {
      // A Neo4j that stopped answering would hold close() too: release the session whenever the work settles.
      void work.then(
        () => session.close(),
        () => session.close(),
      );
      throw error;
    }
  }
}

/**
 * Settles as `work` does, or rejects with a ServiceUnavailable Neo4jError (which the API reports as
 * DATABASE_UNAVAILABLE) when it has not settled within `ms`.
 */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Neo4jError(
            `Neo4j did not answer within ${Math.round(ms / 100) / 10} s`,
            "ServiceUnavailable",
            "08000",
            "error: connection exception",
          ),
        ),
      ms,
    );
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
