/**
 * xoshiro128** 1.1 (Blackman & Vigna, 2018): the pseudo-random generator behind every seeded model.
 *
 * @remarks
 * Chosen because it needs only 32-bit unsigned arithmetic, so any language reproduces it bit for bit.
 * Seeding: the four 32-bit state words are the first four outputs of SplitMix32 started at
 * `seed >>> 0` (state += 0x9E3779B9; z = state; z = (z ^ z>>>16)·0x21F0AAAD; z = (z ^ z>>>15)·0x735A2D97;
 * z ^= z>>>15), all products taken mod 2³².
 * Uniform doubles: `u = ((a >>> 5)·2²⁶ + (b >>> 6)) / 2⁵³` from two consecutive outputs a, b, so
 * u ∈ [0, 1) with 53 random bits.
 */
export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    let state = seed >>> 0;
    const next = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad) >>> 0;
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97) >>> 0;
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
  }

  /** Next 32-bit unsigned output. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform double in [0, 1) with 53 random bits (two outputs). */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
