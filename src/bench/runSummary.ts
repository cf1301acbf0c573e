import { SCALE_BOUND } from './scaleFigure.ts';
import { markdownTable } from '../report/markdownTable.ts';
import type { BenchRecord, Exponent } from './benchRecord.ts';

function exponent(e: Exponent | null): string {
  return e ? `${e.value.toFixed(2)} [${e.low.toFixed(2)}, ${e.high.toFixed(2)}]` : '—';
}

/** The run's tables (tasks, scaling exponents, accuracy figures, peers, impl, scale) as Markdown, for stderr and docs. */
export function formatRunSummary(r: BenchRecord): string {
  const tasks = markdownTable(
    ['task', 'p50 s', 'MAD s', 'samples'],
    r.tasks.map((t) => [t.id, t.summary.p50.toExponential(3), t.summary.mad.toExponential(2), t.summary.count]),
  );
  const fits = markdownTable(
    ['kind', 'points', 'exponent of n (95 % CI)', 'expected', 'exponent of N (95 % CI)', 'expected'],
    r.scaling.map((f) => [f.kind, f.points, exponent(f.levels), f.expected.levels ?? '—', exponent(f.sites), f.expected.sites ?? '—']),
  );
  const acc = markdownTable(
    ['accuracy figure', 'value', 'tolerance of a change', 'bound'],
    r.accuracy.map((a) => [a.id, a.value === null ? '—' : a.value.toExponential(3), a.tolerance.toExponential(2), a.bound === null ? '—' : a.bound.toExponential(2)]),
  );
  const peers = r.peers.length
    ? markdownTable(
        ['workload', 'peer', 'status', 'peer p50 s', 'hamcheck/peer', 'max|ΔP|'],
        r.peers.map((p) => [p.workload, p.peer, p.status, p.p50 === null ? '—' : p.p50.toFixed(3), p.ratio === null ? '—' : p.ratio.toFixed(2), p.maxAbsDeltaP === null ? '—' : p.maxAbsDeltaP.toExponential(1)]),
      )
    : '(peers not run)';
  const impl = r.impl
    ? `${r.impl.implementation.name} ${r.impl.implementation.version} (${r.impl.command})\n` +
      markdownTable(
        ['impl task', 'round trip p50 s', 'overhead p50 s', 'compute p50 s', 'impl/reference', 'max|ΔP|'],
        r.impl.comparisons.map((c) => [c.task, c.roundTripP50.toExponential(3), c.overheadP50?.toExponential(3) ?? '—', c.computeP50?.toExponential(3) ?? '—', c.ratio?.toFixed(2) ?? '—', c.maxAbsDeltaP?.toExponential(1) ?? '—']),
      ) +
      r.impl.notes.map((n) => `\nnote: ${n}`).join('')
    : '';
  const scale = r.scale
    ? markdownTable(
        ['scale', 'storage MB', 'build s', 'propagate s', 'peak RSS MB', `peak / (${SCALE_BOUND.storageFactor}·storage + ${SCALE_BOUND.runtimeBytes / 1e6} MB)`, 'passes'],
        [[`N=${r.scale.sites} n=${r.scale.levels}`, ...(r.scale.run ? [(r.scale.run.storageBytes / 1e6).toFixed(0), r.scale.run.buildSeconds.toFixed(1), r.scale.run.propagateSeconds.toFixed(1), (r.scale.run.peakRssBytes / 1e6).toFixed(0), (r.scale.boundRatio ?? NaN).toFixed(3), r.scale.run.passes] : [`failed: ${r.scale.failure}`, '—', '—', '—', '—', '—'])]],
      )
    : '';
  const load = `load average ${r.machine.loadavgStart.map((l) => l.toFixed(2)).join(' ')} → ${r.machine.loadavgEnd.map((l) => l.toFixed(2)).join(' ')} on ${r.machine.cores} cores`;
  return [tasks, '', fits, '', acc, '', peers, '', ...(impl ? [impl, ''] : []), ...(scale ? [scale, ''] : []), `${load}; ${r.totalSeconds.toFixed(1)} s in all`].join('\n');
}
