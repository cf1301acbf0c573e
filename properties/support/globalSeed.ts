/**
 * Vitest global setup: fixes ONE fast-check seed for the whole run and prints it first.
 *
 * @remarks
 * The seed is `HAMCHECK_SEED` when set (replay), otherwise random. It is handed to every test worker
 * through the environment, where {@link propertyParams} reads it.
 */
export default function setup(): void {
  const given = process.env.HAMCHECK_SEED;
  const seed = given !== undefined && given !== '' ? Number(given) : (Math.random() * 2 ** 31) | 0;
  if (!Number.isInteger(seed)) throw new Error(`HAMCHECK_SEED must be an integer, got ${JSON.stringify(given)}`);
  process.env.HAMCHECK_SEED = String(seed);
  console.log(`hamcheck property seed: ${seed}  (replay the whole run with HAMCHECK_SEED=${seed} npm test)`);
}
