import type { PropagationResult } from '../../exact/propagation.ts';
import { propagate } from '../../exact/propagate.ts';
import { chebyshevThreads } from '../../exact/chebyshevWorkerPool.ts';
import type { TaskKind } from '../benchTask.ts';
import { versionHash } from '../versionHash.ts';
import { benchChain, benchChainInputs } from './benchChain.ts';

/** The last result of each propagation task, by task id (the accuracy figures read it, untimed). */
export const lastPropagation = new Map<string, PropagationResult>();

function propagationKind(method: 'chebyshev' | 'eigen'): TaskKind {
  return {
    kind: method,
    // chebyshev: K ∝ a·5/κ ∝ n matvecs of ∝ N n² each; eigen: dense (Nn)³.
    expected: method === 'chebyshev' ? { levels: 3, sites: 1 } : { levels: 3, sites: 3 },
    make(sites, levels, plan) {
      const inputs = { ...benchChainInputs(sites, levels), method };
      const id = `${method} N=${sites} n=${levels} over 5/κ`;
      return {
        id,
        kind: method,
        sizes: { sites, levels },
        version: versionHash(import.meta.url, inputs),
        plan,
        prepare() {
          const { model, psi0, times } = benchChain(sites, levels);
          return () => void lastPropagation.set(id, propagate(model, psi0, times, { method }));
        },
        details() {
          const r = lastPropagation.get(id);
          const out: Record<string, number | string> = { ...(r?.details ?? {}) };
          if (method === 'chebyshev') out.threads = chebyshevThreads();
          return out;
        },
      };
    },
  };
}

/** Propagation over T_D = 5/κ at fixed c₁ by Chebyshev ({@link propagate}): t ∝ N·n³. */
export const chebyshevKind = propagationKind('chebyshev');
/** The same by dense diagonalization: t ∝ (Nn)³. */
export const eigenKind = propagationKind('eigen');
