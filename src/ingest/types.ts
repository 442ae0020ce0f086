// What the readers hand to the extractor and to the loader.

export interface RawArticle {
  /** sha256 of title + body: the same text always gets the same id. */
  id: string;
  title: string;
  body: string;
  /** YYYY-MM-DD or null. */
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  /** The file the article came from (and, for JSONL, the line). */
  file: string;
  /** Photo credits recognised in the page furniture, e.g. "إ.ب.أ". */
  credits?: string[];
  /** The page format's standfirst under the title; it is also the first line of the body. */
  subtitle?: string;
}

export type ReadFailureReason =
  | 'not-found'
  | 'binary'
  | 'invalid-utf8'
  | 'empty'
  | 'too-large'
  | 'invalid-json'
  | 'missing-field'
  | 'unreadable';

export type ReadResult =
  | { ok: true; article: RawArticle }
  | { ok: false; file: string; reason: ReadFailureReason; message: string };

/** A file that cannot be read as articles; the message names the file and the reason. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly reason: ReadFailureReason,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'IngestError';
  }
}

export function failure(error: IngestError): ReadResult {
  return { ok: false, file: error.file, reason: error.reason, message: error.message };
}
