import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import type { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

/** The shape limits of a GraphQL request; page sizes are checked per field (`first`, `limit`). */
export const requestLimits = {
  maxDepth: 10,
  maxCost: 20_000,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;

/** The code each limit's error carries, so a client can tell which one it hit. */
function withCode(code: string) {
  return [
    (_ctx: unknown, error: GraphQLError) => {
      (error.extensions as Record<string, unknown>).code = code;
    },
  ];
}

/** graphql-armor's depth, cost, alias, token and directive limits, each rejecting with its own code. */
export function armorPlugin(): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: requestLimits.maxDepth, onReject: withCode("QUERY_TOO_DEEP") },
    costLimit: { maxCost: requestLimits.maxCost, onReject: withCode("QUERY_TOO_COSTLY") },
    maxAliases: { n: requestLimits.maxAliases, onReject: withCode("TOO_MANY_ALIASES") },
    maxTokens: { n: requestLimits.maxTokens, onReject: withCode("TOO_MANY_TOKENS") },
    maxDirectives: { n: requestLimits.maxDirectives, onReject: withCode("TOO_MANY_DIRECTIVES") },
    blockFieldSuggestion: { enabled: true },
  }) as Plugin;
}

/**
 * Refuses request bodies over `maxBytes` with 413 and the code REQUEST_TOO_LARGE, reading at most that much even
 * when the client sends no Content-Length (chunked uploads), so a huge body never sits in memory.
 */
export function bodyLimitPlugin(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.method !== "POST" || !requestParser) return;
      setRequestParser(async (incoming) => {
        const declared = Number(incoming.headers.get("content-length") ?? Number.NaN);
        const body = declared > maxBytes ? undefined : await readLimited(incoming, maxBytes);
        if (body === undefined) return tooLarge(fetchAPI.Response, maxBytes);
        return requestParser(
          new fetchAPI.Request(incoming.url, { method: "POST", headers: incoming.headers, body }),
        );
      });
    },
  };
}

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function tooLarge(ResponseClass: typeof Response, maxBytes: number): Response {
  const message = `The request body is larger than ${maxBytes} bytes.`;
  return new ResponseClass(
    JSON.stringify({ errors: [{ message, extensions: { code: "REQUEST_TOO_LARGE" } }] }),
    {
      status: 413,
      headers: { "content-type": "application/json; charset=utf-8" },
    },
  );
}
