import { Neo4jError } from "neo4j-driver";
import { messageOf, UserError } from "../errors.js";
import { Database, type Neo4jTarget } from "./database.js";

/**
 * Opens the database and checks, in one round trip, that Neo4j answers, accepts the credentials, holds the
 * named database, and is version 5 or later. Failures become one-line errors that say what to do.
 */
export async function connect(
  target: Neo4jTarget,
  timeoutMs: number,
): Promise<{ db: Database; version: string }> {
  const db = Database.open(target, timeoutMs);
  try {
    const info = await db.driver.getServerInfo({ database: target.database });
    const version = (info.agent ?? "").replace(/^Neo4j\//, "");
    const major = Number.parseInt(version, 10);
    if (!(major >= 5)) {
      throw new UserError(
        `Neo4j at ${target.uri} is version ${version || "unknown"}; kgx needs Neo4j 5.x or later.`,
      );
    }
    return { db, version };
  } catch (error) {
    await db.close();
    throw explainConnectFailure(error, target);
  }
}

function explainConnectFailure(error: unknown, target: Neo4jTarget): Error {
  if (error instanceof UserError) return error;
  const code = error instanceof Neo4jError ? error.code : "";
  if (code === "Neo.ClientError.Security.Unauthorized") {
    return new UserError(
      `Neo4j at ${target.uri} refused user '${target.user}': wrong user name or password. Check NEO4J_USER and NEO4J_PASSWORD.`,
    );
  }
  if (code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new UserError(
      `Neo4j at ${target.uri} is refusing logins after too many failures; wait and try again.`,
    );
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new UserError(
      `Neo4j at ${target.uri} has no database '${target.database}'. Check NEO4J_DATABASE.`,
    );
  }
  if (code === "ServiceUnavailable" || code === "SessionExpired") {
    return new UserError(
      `Cannot reach Neo4j at ${target.uri}: ${firstLine(messageOf(error))}. Is it running?`,
    );
  }
  return new UserError(`Cannot connect to Neo4j at ${target.uri}: ${firstLine(messageOf(error))}`);
}

function firstLine(text: string): string {
  return text.split("\n")[0]?.trim() ?? text;
}
