import { ApiError } from "../../api/client";
import { graphql } from "../../gql";
import type { ChangeSetInput, TypedDocumentString } from "../../gql/graphql";

// The workbench's requests (docs/decisions/0096-workbench-page.md). Writes carry the write token the curator gave
// once; the page keeps it in sessionStorage, so it lasts as long as the tab and no other tab or visit sees it.

const tokenKey = "kgx.writeToken";

/** The write token given in this tab, or null. */
export function savedToken(): string | null {
  return sessionStorage.getItem(tokenKey);
}

/** Keeps the write token for this tab. */
export function saveToken(token: string): void {
  sessionStorage.setItem(tokenKey, token);
}

export const AnalyzeQuery = graphql(`
  query WorkbenchAnalyze($text: String!, $publishedOn: String, $publisher: String) {
    analyzeText(text: $text, publishedOn: $publishedOn, publisher: $publisher) {
      mentions { start end text kind score entity { id name } candidates { id name } }
      figures { start end text quantity unit }
      dates { start end text date }
      claims {
        start end quote stance
        claimant { start end text kind entity { id name } }
        about { start end text kind entity { id name } }
        figure { quantity unit }
      }
    }
  }
`);

export const CommitMutation = graphql(`
  mutation WorkbenchCommit($input: ChangeSetInput!) {
    commitChangeSet(input: $input) { id created changed }
  }
`);

export const ChangeSetsQuery = graphql(`
  query WorkbenchChangeSets {
    changeSets(first: 20) { id at by action source created changed deleted reverts revertedBy }
  }
`);

export const RevertMutation = graphql(`
  mutation WorkbenchRevert($id: ID!) {
    revertChangeSet(id: $id) { id created deleted changed }
  }
`);

/** Runs one operation, with the write token when given; a GraphQL error becomes an ApiError with its message. */
export async function call<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  token?: string | null,
): Promise<Result> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  let body: { data?: Result | null; errors?: { message: string }[] };
  try {
    const response = await fetch("/graphql", {
      method: "POST",
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError("server", "The kgx server does not answer.");
  }
  const error = body.errors?.[0];
  if (error) throw new ApiError("query", error.message);
  if (!body.data) throw new ApiError("server", "The kgx server sent no data.");
  return body.data;
}

/** Commits a change set with the tab's write token. */
export function commitSet(input: ChangeSetInput, token: string) {
  return call(CommitMutation, { input }, token);
}
