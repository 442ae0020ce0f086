// A client-side deadline for Neo4j work. The server-side transaction timeout cannot help when the
// server is gone: the driver then waits for connections and retries for up to
// maxTransactionRetryTime (15 s in src/db/driver.ts). Racing the work against a timer keeps a
// request within its configured time; the abandoned attempt finishes (and closes its session) in
// the background, its failure swallowed.

/** How long past the server-side timeout a request still waits for the driver before giving up. */
export const DEADLINE_GRACE_MS = 1_000;

export class DeadlineExceeded extends Error {
  readonly code = 'ClientDeadlineExceeded';
}

export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(`no answer from Neo4j within ${ms} ms`)), ms);
  });
  work.catch(() => {});
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
