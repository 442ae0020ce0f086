// Word classes the pattern components share: function words that never belong to a name, and
// helpers that read a token's clitic-free form.
import { normalise } from '../nlp/normalise.ts';
import { cliticReadings, type Token } from '../nlp/tokens.ts';
import { type Resources, wordLists } from './resources.ts';

// Word lists: data/triggers/function-words.json.
const FW = wordLists().functionWords;
const FUNCTION_WORDS = new Set(FW.functionWords.words.map(normalise));

const FUNCTION_WORDS_WITH_ALEF_MAQSURA = new Set(FW.alefMaqsura.words.map(normalise));

export function isFunctionWord(norm: string): boolean {
  return FUNCTION_WORDS.has(norm);
}

/** Clitic-free forms of a token, most literal first (no article stripping). */
export function stems(token: Token): string[] {
  return cliticReadings(token)
    .filter((r) => !(r.prefixes.includes('ال') && !r.keepsArticle))
    .map((r) => r.stem);
}

/** The first clitic-free form of a token that is in `set`. */
export function stemIn(token: Token | undefined, set: Set<string> | Map<string, unknown>): string | null {
  if (!token) return null;
  for (const s of stems(token)) if (set.has(s)) return s;
  return null;
}

/** Could this token be part of a person's name? */
export function nameLike(token: Token | undefined, res: Resources): boolean {
  if (!token) return false;
  const n = token.norm;
  if (n.length < 2 || /^\d/.test(n)) return false;
  if (!/^[\u0621-\u064A]+$/.test(n)) return false;
  // "علي" (a name) and "على" (on) normalise alike: the written final yā' tells them apart.
  const writtenYa = /ي[\u064B-\u065F]*$/.test(token.text);
  if (
    (isFunctionWord(n) && !(writtenYa && FUNCTION_WORDS_WITH_ALEF_MAQSURA.has(n))) ||
    res.cues.has(n) ||
    res.triggers.has(n)
  ) {
    return false;
  }
  if (res.firstNames.has(n)) return true;
  if (res.commonWords.has(n)) return false;
  // "فقال"، "لتشكيل"، "بالسجن": a clitic on an everyday word.
  for (const s of stems(token).slice(1)) {
    if (isFunctionWord(s) || res.cues.has(s) || res.triggers.has(s) || res.commonWords.has(s)) return false;
    if (s.startsWith('ال') && !res.firstNames.has(s)) return false;
  }
  if (res.titles.person.has(n) || res.groupHeads.has(n) || res.placeHeads.has(n)) return false;
  return true;
}
