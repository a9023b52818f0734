// Seeded randomness for the corpus generator. Everything the generator writes
// must come from here (never Math.random) so a seed reproduces a corpus byte
// for byte on any machine and Node version.

// mulberry32: tiny, fast, good enough for text generation (not for crypto).
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Mixes two integers into one well-spread 32-bit seed (murmur3 finaliser),
// so article i gets its own stream: articles can be generated independently
// and the same article comes out the same whatever N is.
export function mixSeed(a, b) {
  let h = (Math.imul(a >>> 0, 0x9e3779b1) ^ Math.imul((b >>> 0) + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// A small wrapper with the helpers the templates need.
export class Rng {
  constructor(seed) { this.next = mulberry32(seed); }
  float() { return this.next(); }
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); } // inclusive
  chance(p) { return this.next() < p; }
  pick(list) { return list[Math.floor(this.next() * list.length)]; }
  // Fisher–Yates on a copy.
  shuffled(list) {
    const out = list.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = out[i]; out[i] = out[j]; out[j] = t;
    }
    return out;
  }
}

// Zipf(s) over ranks 0..n-1 via a precomputed CDF and binary search: O(log n)
// per draw and one Float64Array of n entries, shared by all articles.
export class Zipf {
  constructor(n, s = 1) {
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) { sum += 1 / Math.pow(k + 1, s); this.cdf[k] = sum; }
    for (let k = 0; k < n; k++) this.cdf[k] /= sum;
  }
  draw(rng) {
    const u = rng.float(), c = this.cdf;
    let lo = 0, hi = c.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (c[mid] < u) lo = mid + 1; else hi = mid; }
    return lo;
  }
}
