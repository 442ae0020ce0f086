// Tokenisation with proclitic analysis. A token keeps its span in the ORIGINAL text; the
// clitic-free stem is computed on the normalised form and mapped back, so "بموسكو" yields the
// stem "موسكو" at original offset start+1.
import { normalise, normaliseChar } from './normalise.ts';

export interface Token {
  /** Original text of the token. */
  text: string;
  start: number;
  end: number;
  /** Normalised form of the whole token. */
  norm: string;
  /** Index of the token in the document. */
  index: number;
}

/** One reading of a token: which proclitics were stripped and what remains. */
export interface CliticReading {
  /** Proclitics in order, normalised: e.g. ['و','ب'] or ['و','ال']. */
  prefixes: string[];
  /** Normalised remainder. With `keepsArticle`, the definite article is still on the stem. */
  stem: string;
  /** Offset in the original where the stem starts. */
  start: number;
  keepsArticle: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}_\u0640]+/gu;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    tokens.push({ text: m[0], start, end: start + m[0].length, norm: normalise(m[0]), index: tokens.length });
  }
  return tokens;
}

// Conjunctions, then prepositions / particles. ل before ال fuses into لل (للتمرد = ل + التمرد).
const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك'];
const MIN_STEM = 2;

/** Original offset of the n-th non-dropped character of a token. */
function originalOffset(token: Token, normIndex: number): number {
  let seen = 0;
  for (let i = 0; i < token.text.length; i++) {
    if (normaliseChar(token.text[i]!) === '') continue;
    if (seen === normIndex) return token.start + i;
    seen++;
  }
  return token.end;
}

/**
 * Every plausible proclitic split of a token, the unsplit reading first. Readings are
 * over-generated on purpose: the lexicon lookup decides which one names something.
 */
export function cliticReadings(token: Token): CliticReading[] {
  // Pattern components ask for the same token's readings many times: compute them once.
  const known = readingsCache.get(token);
  if (known && known.norm === token.norm) return known.readings;
  const readings = computeReadings(token);
  readingsCache.set(token, { norm: token.norm, readings });
  return readings;
}

const readingsCache = new WeakMap<Token, { norm: string; readings: CliticReading[] }>();

function computeReadings(token: Token): CliticReading[] {
  const n = token.norm;
  const out: CliticReading[] = [
    { prefixes: [], stem: n, start: token.start, keepsArticle: n.startsWith('ال') },
  ];
  const push = (prefixes: string[], cut: number, stem: string, keepsArticle: boolean) => {
    if (stem.length < MIN_STEM) return;
    if (out.some((r) => r.stem === stem && r.keepsArticle === keepsArticle)) return;
    out.push({ prefixes, stem, start: originalOffset(token, cut), keepsArticle });
  };
  const conjOptions: string[][] = CONJ.includes(n[0] ?? '') ? [[], [n[0]!]] : [[]];
  for (const c of conjOptions) {
    const afterConj = n.slice(c.length);
    if (c.length) push(c, c.length, afterConj, afterConj.startsWith('ال'));
    const p = afterConj[0] ?? '';
    if (PREP.includes(p)) {
      const rest = afterConj.slice(1);
      if (p === 'ل' && rest.startsWith('ل') && rest.length > 3) {
        // لل + X: the article's alef is elided, so the stem with its article ("ال" + X) is not a
        // substring; its span starts at the لل.
        push([...c, 'ل', 'ال'], c.length, `ال${rest.slice(1)}`, true);
        push([...c, 'ل', 'ال'], c.length + 2, rest.slice(1), false);
      }
      push([...c, p], c.length + 1, rest, rest.startsWith('ال'));
      if (rest.startsWith('ال')) push([...c, p, 'ال'], c.length + 3, rest.slice(2), false);
    }
    if (afterConj.startsWith('ال')) push([...c, 'ال'], c.length + 2, afterConj.slice(2), false);
  }
  return out;
}
