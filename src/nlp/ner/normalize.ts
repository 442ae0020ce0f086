// Arabic orthographic normalisation and light clitic stripping. News text spells the same name with
// and without hamza on alef, with final ya/alef maqsura and ta marbuta/ha interchanged, so features
// on the normalised form generalise across these variants.

const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c-\u200f\u202a-\u202e\ufeff]/g;

/** Removes diacritics/tatweel/bidi marks and folds alef, ya and ta-marbuta variants and digits. */
export function normalizeArabic(word: string): string {
  let out = '';
  const w = word.replace(DIACRITICS, '');
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    switch (c) {
      case 0x0622: // آ
      case 0x0623: // أ
      case 0x0625: // إ
      case 0x0671: // ٱ
        out += 'ا';
        break;
      case 0x0649: // ى
        out += 'ي';
        break;
      case 0x0629: // ة
        out += 'ه';
        break;
      default:
        if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 48);
        else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 48);
        else out += w[i];
    }
  }
  return out;
}

export interface Stripped {
  /** Normalised word without proclitics (and the article). */
  stem: string;
  /** Proclitics removed, e.g. "و+ب+ال", or "" when none. */
  clitics: string;
}

const MIN_STEM = 2;

/**
 * Strips conjunction (و ف), preposition (ب ل ك) and article (ال, لل = ل+ال) from a normalised word.
 * Greedy but length-guarded: a proclitic is only removed when at least MIN_STEM letters remain, and
 * a single-letter preposition only when the article follows or the word is long, because many names
 * start with these letters (بوتين, لبنان, كركوك).
 */
export function stripClitics(norm: string): Stripped {
  let s = norm;
  const parts: string[] = [];
  const c0 = s[0];
  if ((c0 === 'و' || c0 === 'ف') && s.length > MIN_STEM + 1) {
    parts.push(c0);
    s = s.slice(1);
  }
  if (s.startsWith('لل') && s.length > MIN_STEM + 2) {
    parts.push('ل', 'ال');
    s = s.slice(2);
  } else {
    const c = s[0];
    if ((c === 'ب' || c === 'ل' || c === 'ك') && s.startsWith('ال', 1) && s.length > MIN_STEM + 3) {
      parts.push(c, 'ال');
      s = s.slice(3);
    } else if (s.startsWith('ال') && s.length > MIN_STEM + 2) {
      parts.push('ال');
      s = s.slice(2);
    }
  }
  return { stem: s, clitics: parts.join('+') };
}

/** Coarse word shape: script class and length bucket, so numbers, Latin and punctuation get their own weights. */
export function wordShape(word: string): string {
  let ar = 0;
  let lat = 0;
  let dig = 0;
  let oth = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) ar++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
    else if ((c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669)) dig++;
    else oth++;
  }
  const cls = (ar ? 'a' : '') + (lat ? 'l' : '') + (dig ? 'd' : '') + (oth ? 'p' : '') || 'e';
  const len = word.length <= 2 ? 's' : word.length <= 4 ? 'm' : word.length <= 7 ? 'l' : 'x';
  return cls + len;
}
