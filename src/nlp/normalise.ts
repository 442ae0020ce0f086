// Arabic normalisation for MATCHING only. The original text is never changed: every normalised
// string carries a map back to original offsets, so a match found in normalised text can be
// reported as a span of the original body.

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\uFEFF]/;

const CHAR_MAP: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  ک: 'ك',
  ی: 'ي',
};

const cache = new Map<string, string>();

/** Maps one character to its matching form: '' drops it (diacritics, tatweel, invisible marks). */
export function normaliseChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let out = cache.get(ch);
  if (out === undefined) {
    out = computeChar(ch);
    cache.set(ch, out);
  }
  return out;
}

function computeChar(ch: string): string {
  if (DIACRITICS.test(ch)) return '';
  const mapped = CHAR_MAP[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  // Arabic-Indic (U+0660..) and Extended Arabic-Indic (U+06F0..) digits become ASCII digits.
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return ch.toLowerCase();
}

export interface NormalisedText {
  /** The matching form. */
  text: string;
  /** offsets[i] = offset in the original of normalised char i; offsets[text.length] = original length. */
  offsets: number[];
}

/** Normalises while keeping, for every output char, the offset of the original char it came from. */
export function normaliseWithOffsets(original: string): NormalisedText {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const out = normaliseChar(original[i]!);
    for (const c of out) {
      text += c;
      offsets.push(i);
    }
  }
  offsets.push(original.length);
  return { text, offsets };
}

/** The matching form of a string (no offsets). */
export function normalise(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) out += normaliseChar(ch);
  return out;
}

/** Matching key for names: normalised, punctuation dropped, spaces collapsed (as the scorer does). */
export function matchKey(s: string): string {
  return normalise(s)
    .replace(/[«»"'“”‘’()[\]{}،,.:؛;؟?!\-–—…/\\|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
