// 32-bit hashing for feature hashing. Features are (template, value) pairs combined with integer
// mixing of precomputed per-token string hashes, so no feature strings are built at tag time.

/** FNV-1a over UTF-16 code units, salted so that different attribute kinds never collide by construction. */
export function hashString(s: string, salt: number): number {
  let h = (0x811c9dc5 ^ Math.imul(salt, 0x01000193)) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** Murmur3 finaliser: spreads bits so that masking to the low bits is uniform. */
export function fmix(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Feature id for template t over one value hash. */
export function mix1(t: number, a: number): number {
  return fmix(Math.imul(t + 1, 0x9e3779b1) ^ a);
}

/** Feature id for template t over two value hashes (order matters). */
export function mix2(t: number, a: number, b: number): number {
  return fmix(Math.imul(t + 1, 0x9e3779b1) ^ a ^ Math.imul(fmix(b), 0x27d4eb2d));
}

/** Deterministic PRNG (mulberry32) for shuffling training order. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
