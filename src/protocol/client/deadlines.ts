/**
 * How long hamcheck waits for an adapter: generous enough that a correct implementation 100× slower
 * than the reference (a plain ODE solver, a QuTiP script) never times out, and scaled by `--timeout-scale`.
 *
 * @remarks
 * A request's deadline is `scale · (BASE + SLOWDOWN · t_ref)` with t_ref a flop-count estimate of the
 * reference's own time at {@link REFERENCE_FLOPS}: Chebyshev, 8·2(N−1)n² flops per matvec times
 * K ≈ (δε/2 + 3λ√n)·t_max + 50 matvecs, or a dense diagonalization, 10·(Nn)³ flops, whichever is
 * larger (an adapter may choose either); the Dyson operators cost a few dense products, 8·3·(Nn)³.
 */
import type { Capability, CapabilityArgs, WireModel } from '../capabilities.ts';

export const STARTUP_TIMEOUT_MS = 30_000;
const BASE_MS = 10_000;
const SLOWDOWN = 100;
/** A pessimistic single-core rate of the reference kernels, in flop/s. */
const REFERENCE_FLOPS = 5e8;

function denseSeconds(m: WireModel): number {
  return (10 * (m.sites * m.levels) ** 3) / REFERENCE_FLOPS;
}

function chebyshevSeconds(m: WireModel, times: number[]): number {
  const tMax = times.reduce((a, t) => Math.max(a, Math.abs(t)), 0);
  const matvecs = (m.bandWidth / 2 + 3 * m.coupling * Math.sqrt(m.levels)) * tMax + 50;
  return (8 * 2 * Math.max(1, m.sites - 1) * m.levels ** 2 * matvecs + 8 * m.sites * m.levels * times.length) / REFERENCE_FLOPS;
}

/** The reference's estimated time for a request, in seconds. */
export function referenceSecondsEstimate<C extends Capability>(cmd: C, args: CapabilityArgs[C]): number {
  const a = args as Partial<CapabilityArgs['exact.populations'] & CapabilityArgs['ham.populations'] & CapabilityArgs['transport.kappaTh']>;
  switch (cmd) {
    case 'exact.populations':
      return Math.max(denseSeconds(a.model!), chebyshevSeconds(a.model!, a.times!));
    case 'dyson.operators':
      return (3 * 8 * (a.model!.sites * a.model!.levels) ** 3) / REFERENCE_FLOPS;
    case 'dyson.bondTraces':
    case 'model.build':
      return (8 * a.model!.sites * a.model!.levels ** 2) / REFERENCE_FLOPS;
    case 'ham.populations':
      return (a.p0!.length ** 2 * a.times!.length) / REFERENCE_FLOPS;
    default:
      return ((a.temperatures?.length ?? 1) * 100) / REFERENCE_FLOPS;
  }
}

/** The deadline of one request in milliseconds. */
export function requestDeadlineMs<C extends Capability>(cmd: C, args: CapabilityArgs[C], scale: number): number {
  return scale * (BASE_MS + SLOWDOWN * 1000 * referenceSecondsEstimate(cmd, args));
}
