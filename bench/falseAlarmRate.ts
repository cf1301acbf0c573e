/**
 * False-alarm rate of `hamcheck bench compare`: compares disjoint pairs of run records of ONE commit
 * (1st vs 2nd, 3rd vs 4th, …, oldest first) and counts the pairs it flags.
 *
 *   node bin/run-ts.mjs bench/falseAlarmRate.ts DIR [--threshold 0.1] [--alpha 0.01]
 *
 * Every record must come from the same commit and workload (else the pairs are not "the same code").
 */
import { compareRecords } from '../src/bench/compareRecords.ts';
import { readRecords } from '../src/bench/historyPlot.ts';

const args = process.argv.slice(2);
const dir = args[0];
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const threshold = opt('--threshold', 0.1);
const alpha = opt('--alpha', 0.01);
const { records } = await readRecords(dir);
const commits = new Set(records.map((r) => `${r.git.commit} ${r.workload}`));
if (commits.size !== 1) throw new Error(`${dir}: records of ${commits.size} commit/workload combinations; need one`);
let flagged = 0;
let taskFlags = 0;
let tasksCompared = 0;
let pairs = 0;
const load: number[] = [];
for (let i = 0; i + 1 < records.length; i += 2) {
  const c = compareRecords(records[i], records[i + 1], { threshold, alpha });
  pairs++;
  const bad = c.tasks.filter((t) => t.mark === '-');
  if (c.failures > 0) flagged++;
  taskFlags += bad.length;
  tasksCompared += c.tasks.filter((t) => t.ratio !== null).length;
  load.push(...records[i].machine.loadavgStart.slice(0, 1), ...records[i + 1].machine.loadavgStart.slice(0, 1));
  const why = [...bad.map((t) => `${t.id} ×${t.ratio?.toFixed(2)}`), ...c.accuracy.filter((a) => !a.ok).map((a) => a.id), ...c.exponents.filter((e) => !e.ok).map((e) => e.id)];
  console.log(`pair ${pairs}: ${c.failures === 0 ? 'no alarm' : `ALARM (${why.join('; ')})`}  +${c.tasks.filter((t) => t.mark === '+').length} marks`);
}
const ls = [...load].sort((a, b) => a - b);
console.log(
  `${flagged}/${pairs} pairs flagged (${((100 * flagged) / Math.max(1, pairs)).toFixed(0)} %); ${taskFlags}/${tasksCompared} task comparisons marked -; ` +
    `threshold ${threshold}, alpha ${alpha}; 1-min load average at the runs' start ${ls[0]?.toFixed(1)}–${ls[ls.length - 1]?.toFixed(1)} on ${records[0]?.machine.cores} cores`,
);
