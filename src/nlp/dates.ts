// Dates in Arabic news: "عام 1979"، "في 2013"، "سبتمبر (أيلول)"، "15 يناير 2025"، and relative
// ones ("أمس"، "الاثنين") resolved against the publication date when there is one.
import { normalise } from './normalise.ts';

// Both month-name systems: Gregorian transliterations and Levantine/Iraqi names.
const MONTHS: Record<string, number> = {
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  ابريل: 4,
  مايو: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  اغسطس: 8,
  سبتمبر: 9,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  'كانون الثاني': 1,
  شباط: 2,
  اذار: 3,
  نيسان: 4,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  اب: 8,
  ايلول: 9,
  'تشرين الاول': 10,
  'تشرين الثاني': 11,
  'كانون الاول': 12,
};

const WEEKDAYS: Record<string, number> = {
  الاحد: 0,
  الاثنين: 1,
  الثلاثاء: 2,
  الاربعاء: 3,
  الخميس: 4,
  الجمعه: 5,
  السبت: 6,
};

export function monthNumber(word: string): number | null {
  let w = normalise(word);
  for (const p of ['و', 'ب', 'في'])
    if (!(w in MONTHS) && w.startsWith(p) && w.slice(p.length) in MONTHS) w = w.slice(p.length);
  return MONTHS[w] ?? null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function shiftDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Finds the most specific date stated in a piece of text. Relative expressions need
 * `publishedAt` (YYYY-MM-DD); without it they give nothing.
 */
export function findDate(text: string, publishedAt: string | null): string | null {
  const n = normalise(text);
  const words = n.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const two = `${w} ${words[i + 1] ?? ''}`;
    const m = MONTHS[two] ? MONTHS[two] : monthNumber(w);
    if (m !== null && m !== undefined && month === null) {
      month = m;
      const prev = words[i - 1];
      if (prev && /^\d{1,2}$/.test(prev)) day = Number(prev);
      const next = words[i + (MONTHS[two] ? 2 : 1)];
      if (next && /^(19|20)\d\d$/.test(next)) year = Number(next);
    }
    if (year === null && /^(1[89]|20)\d\d$/.test(w)) year = Number(w);
  }
  if (year === null && month !== null && publishedAt) {
    const py = Number(publishedAt.slice(0, 4));
    const pm = Number(publishedAt.slice(5, 7));
    year = month > pm ? py - 1 : py;
  }
  if (year !== null && month !== null && day !== null) return `${year}-${pad(month)}-${pad(day)}`;
  if (year !== null && month !== null) return `${year}-${pad(month)}`;
  if (year !== null) return String(year);
  if (publishedAt) {
    if (words.includes('امس')) return shiftDays(publishedAt, words.includes('اول') ? -2 : -1);
    if (words.includes('اليوم')) return publishedAt;
    for (const [name, wd] of Object.entries(WEEKDAYS)) {
      if (!words.includes(name)) continue;
      const pubWd = new Date(`${publishedAt}T00:00:00Z`).getUTCDay();
      return shiftDays(publishedAt, -((pubWd - wd + 7) % 7));
    }
  }
  return null;
}
