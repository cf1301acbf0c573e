import type { Xoshiro128 } from './xoshiro128.ts';

/**
 * Standard normal deviates by the basic Box–Muller transform, used in pairs.
 *
 * @remarks
 * From two uniforms u₁, u₂ ∈ [0, 1) (see {@link Xoshiro128.nextDouble}):
 * r = √(−2 ln(1 − u₁)), z₀ = r cos(2π u₂), z₁ = r sin(2π u₂). Deviates are handed out in the order
 * z₀, z₁, z₀′, z₁′, … ; `1 − u₁` keeps the logarithm finite. Other languages reproduce the sequence to
 * within the last-ulp differences of their `log`, `cos` and `sin`; the dumped model (`--dump-model`)
 * is the bit-exact record.
 */
export class NormalDeviates {
  private spare = 0;
  private hasSpare = false;

  constructor(private readonly rng: Xoshiro128) {}

  next(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    const u1 = this.rng.nextDouble();
    const u2 = this.rng.nextDouble();
    const r = Math.sqrt(-2 * Math.log(1 - u1));
    const phi = 2 * Math.PI * u2;
    this.spare = r * Math.sin(phi);
    this.hasSpare = true;
    return r * Math.cos(phi);
  }
}
