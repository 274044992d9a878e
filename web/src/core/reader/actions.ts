import { request } from "../../api/client";
import { graphql } from "../../gql";
import { type ReaderSource, useReader } from "./store";

const SourceTextQuery = graphql(`
  query SourceText($id: ID!) {
    source(id: $id) {
      id
      name
      text
      quotedClaims {
        id
        stance
        quote
        quoteSpan {
          start
          end
        }
        claimants {
          id
          name
        }
      }
    }
  }
`);

/**
 * Opens the reader on source `sourceId`, at claim `claimId` when given (its passage scrolled into view and
 * marked as current). The text comes once per source; a failure shows in the reader with a retry.
 */
export async function openReader(sourceId: string, claimId: string | null = null): Promise<void> {
  const { loaded, set, remember } = useReader.getState();
  const known = loaded[sourceId];
  if (known) {
    set({ state: "ready", source: known, claimId });
    return;
  }
  set({ state: "loading", sourceId, claimId });
  try {
    const { source } = await request(SourceTextQuery, { id: sourceId });
    if (!source) throw new Error(`there is no source ${sourceId}`);
    if (source.text === null || source.text === undefined)
      throw new Error(`${source.name} has no text in the graph`);
    const read: ReaderSource = {
      id: source.id,
      name: source.name,
      text: source.text,
      passages: source.quotedClaims.flatMap((claim) =>
        claim.quoteSpan
          ? [
              {
                id: claim.id,
                stance: claim.stance,
                quote: claim.quote,
                start: claim.quoteSpan.start,
                end: claim.quoteSpan.end,
                claimants: claim.claimants.map(({ id, name }) => ({ id, name })),
              },
            ]
          : [],
      ),
    };
    remember(read);
    // The user may have closed the reader or opened another source meanwhile: only show what is still wanted.
    const now = useReader.getState().reader;
    if (now.state === "loading" && now.sourceId === sourceId) set({ state: "ready", source: read, claimId });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const now = useReader.getState().reader;
    if (now.state === "loading" && now.sourceId === sourceId)
      set({ state: "error", sourceId, claimId, message: `The source did not load: ${reason}` });
  }
}

/** Marks another claim of the open source as current (a highlight was clicked). */
export function markCurrent(claimId: string): void {
  const { reader, set } = useReader.getState();
  if (reader.state === "ready") set({ ...reader, claimId });
}

/** Closes the reader. */
export function closeReader(): void {
  useReader.getState().set({ state: "closed" });
}
