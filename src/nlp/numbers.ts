// Arabic cardinal number words and digit phrases, for fatality counts: "اثنين"، "خمسة"،
// "أكثر من 70"، "عشرة آلاف". Lookups use normalised forms (see normalise.ts).
import { normalise } from './normalise.ts';

const UNIT_WORDS: Record<string, number> = {
  واحد: 1,
  واحده: 1,
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  اثنتين: 2,
  ثلاث: 3,
  ثلاثه: 3,
  اربع: 4,
  اربعه: 4,
  خمس: 5,
  خمسه: 5,
  ست: 6,
  سته: 6,
  سبع: 7,
  سبعه: 7,
  ثماني: 8,
  ثمانيه: 8,
  ثمان: 8,
  تسع: 9,
  تسعه: 9,
  عشر: 10,
  عشره: 10,
  عشرين: 20,
  عشرون: 20,
  ثلاثين: 30,
  ثلاثون: 30,
  اربعين: 40,
  اربعون: 40,
  خمسين: 50,
  خمسون: 50,
  ستين: 60,
  ستون: 60,
  سبعين: 70,
  سبعون: 70,
  ثمانين: 80,
  ثمانون: 80,
  تسعين: 90,
  تسعون: 90,
  مائه: 100,
  مئه: 100,
  مئات: 100,
  عشرات: 10,
  الف: 1000,
  الاف: 1000,
  مليون: 1_000_000,
  جنديين: 2,
  شخصين: 2,
  مدنيين: 0,
};

// Keys are matched in normalised form (مائه → مايه).
const UNITS: Record<string, number> = Object.fromEntries(
  Object.entries(UNIT_WORDS).map(([k, v]) => [normalise(k), v]),
);

const MULTIPLIERS: Record<string, number> = { الف: 1000, الاف: 1000, مليون: 1_000_000, ملايين: 1_000_000 };

/** The value of a single number word (normalised or not), or null. */
export function numberWordValue(word: string): number | null {
  let w = normalise(word);
  if (/^\d+$/.test(w)) return Number(w);
  if (w.startsWith('و') && UNITS[w.slice(1)] !== undefined) w = w.slice(1);
  const v = UNITS[w];
  return v === undefined || v === 0 ? null : v;
}

/**
 * Reads a count at the start of `words` (normalised tokens): "70"، "خمسه"، "10 الاف"،
 * "مائه الف". Returns the value and how many tokens it used.
 */
export function readCount(words: string[]): { value: number; used: number } | null {
  const first = words[0];
  if (first === undefined) return null;
  let value = numberWordValue(first);
  if (value === null) return null;
  let used = 1;
  const mult = MULTIPLIERS[normalise(words[1] ?? '')];
  if (mult !== undefined && value < 1000) {
    value *= mult;
    used = 2;
  }
  return { value, used };
}
