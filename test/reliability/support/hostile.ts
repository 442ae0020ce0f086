// Characters both fuzzers feed in: bidirectional controls (embeddings, overrides, isolates,
// marks, the Arabic letter mark) that reorder or hide text without being visible.
export const BIDI_CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];
