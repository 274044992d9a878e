import { z } from "zod";
import { UserError } from "./errors.js";
import { repoPath } from "./paths.js";

const port = z.coerce.number().int().min(1).max(65535);
const memory = z.string().regex(/^\d+[kmgKMG]?$/, "a size such as 512m or 2g");

const schema = z.object({
  KGX_HOST: z.string().min(1).default("127.0.0.1"),
  KGX_PORT: port.default(4000),
  KGX_DATA_DIR: z.string().min(1).default(repoPath(".kgx")),
  KGX_WRITE_TOKEN: z.string().min(16, "at least 16 characters").optional(),
  KGX_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, "a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  KGX_NEO4J_BOLT_PORT: port.optional(),
  KGX_NEO4J_HEAP: memory.default("1g"),
  KGX_NEO4J_PAGECACHE: memory.default("512m"),
  KGX_NEO4J_START_TIMEOUT: z.coerce.number().int().min(1).default(120),
  // GraphQL (docs/development.md): GraphiQL defaults to on outside NODE_ENV=production.
  KGX_GRAPHIQL: z.stringbool().optional(),
  KGX_CORS_ORIGINS: z.string().optional(),
  KGX_GRAPHQL_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(1_000_000),
  KGX_PATHS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  // Heavy readers and slow clients (docs/security.md).
  KGX_EXPORTS_MAX: z.coerce.number().int().min(1).max(64).default(2),
  KGX_EXPORTS_QUEUE: z.coerce.number().int().min(0).max(1000).default(8),
  KGX_EXPORT_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(600_000),
  KGX_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  KGX_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  KGX_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  KGX_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(100_000).default(256),
});

export type Config = z.infer<typeof schema>;

/** kgx's settings from the environment; a bad value is reported by name and what it should be. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new UserError(`Invalid setting ${problems.join("; ")}`);
}
