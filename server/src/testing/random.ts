// Test support: a seeded random source, so a property test runs the same cases every time.
// Park–Miller: its products stay below 2^53, so doubles compute it exactly (a 32-bit LCG written
// in plain JavaScript numbers loses its low bits, and `% n` then returns a handful of values).

/** A function returning integers in [0, n), the same sequence for the same seed. */
export function seededRandom(seed: number): (n: number) => number {
  let state = (Math.abs(Math.floor(seed)) % 2147483646) + 1;
  return n => {
    state = (state * 48271) % 2147483647;
    return Math.floor(((state - 1) / 2147483646) * n);
  };
}
