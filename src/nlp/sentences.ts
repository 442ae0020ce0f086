// Sentence splitting for Arabic news prose: full stops, question/exclamation marks and line
// breaks end a sentence; a full stop inside «…», between digits (3.5) or in abbreviations
// such as إ.ب.أ does not.

export interface Sentence {
  text: string;
  start: number;
  end: number;
  index: number;
}

const TERMINATORS = new Set(['.', '!', '?', '؟', '\n']);

function isAbbreviationDot(text: string, i: number): boolean {
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  if (/\d/.test(prev) && /\d/.test(next)) return true;
  // Single letters joined by dots: إ.ب.أ, أ.ف.ب, U.N.
  const prevPrev = text[i - 2] ?? ' ';
  if (/\p{L}/u.test(prev) && /[\s.(]/.test(prevPrev) && /\p{L}/u.test(next)) return true;
  if (/\p{L}/u.test(next) && /[.]/.test(text[i + 2] ?? '')) return true;
  return false;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let quoteDepth = 0;
  const flush = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e, index: out.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '«') quoteDepth++;
    else if (ch === '»') quoteDepth = Math.max(0, quoteDepth - 1);
    if (ch === '\n') {
      quoteDepth = 0;
      flush(i + 1);
      continue;
    }
    if (!TERMINATORS.has(ch) || quoteDepth > 0) continue;
    if (ch === '.' && isAbbreviationDot(text, i)) continue;
    // Absorb runs of terminators and closing quotes/brackets: "...»." or "؟!".
    let j = i + 1;
    while (j < text.length && /[.!?؟»")\]]/.test(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    flush(j);
    i = j - 1;
  }
  flush(text.length);
  return out;
}
