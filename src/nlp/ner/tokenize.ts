// Tokenisation matching ANERcorp: words split on whitespace, punctuation as separate tokens,
// clitics left attached (وبوتين stays one token). Offsets let callers map spans back to text.

export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Punctuation split off as its own token. A period or comma between digits (3.5, 1,000) stays
 * inside the number; everything else in the class is a token by itself.
 */
const TOKEN_RE = /\d+(?:[.,٫٬]\d+)+|[^\s.,،؛؟?!:;"'«»“”‘’()[\]{}<>\-–—/\\|…*#]+|[^\s]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Sentence split after . ! ? ؟ and line breaks; returns token sentences with offsets. */
export function splitSentences(tokens: readonly Token[], text: string): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    cur.push(t);
    const next = tokens[i + 1];
    const boundary =
      /^[.!?؟…]$/.test(t.text) || (next !== undefined && text.slice(t.end, next.start).includes('\n'));
    if (boundary) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}
