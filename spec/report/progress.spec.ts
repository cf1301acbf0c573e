import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { HamcheckInputError } from '../../src/errors.ts';
import { createProgress, formatDuration, resolveProgressMode } from '../../src/report/progress.ts';

/** A non-TTY stream that records what is written, and a clock the test moves by hand. */
function fakeOutput() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  const clock = { ms: 1_000_000 };
  return { stream, clock, now: () => clock.ms, lines: () => text.split('\n').filter((l) => l !== '') };
}

describe('lines mode', () => {
  it('prints at most one line per 10 % step, with percentage, counts and ETA, then a done line', () => {
    const out = fakeOutput();
    const p = createProgress({ label: 'F2 exact', total: 20, stream: out.stream, mode: 'lines', now: out.now });
    for (let i = 1; i <= 20; i++) {
      out.clock.ms += 1000; // 1 s per item
      p.increment();
    }
    p.stop();
    const lines = out.lines();
    expect(lines[0]).toBe('F2 exact: 10% (2/20), ETA 18 s');
    expect(lines[3]).toBe('F2 exact: 40% (8/20), ETA 12 s');
    expect(lines).toHaveLength(10); // 10 %, 20 %, …, 90 %, then completion
    expect(lines.at(-1)).toBe('F2 exact: 100% (20/20), done in 20 s');
  });

  it('prints for a slow small step once 5 s have passed, and a stop line when stopped early', () => {
    const out = fakeOutput();
    const p = createProgress({ label: 'sweep', total: 1000, stream: out.stream, mode: 'lines', now: out.now });
    out.clock.ms += 2000;
    p.update(1); // < 10 % and < 5 s: silent
    expect(out.lines()).toEqual([]);
    out.clock.ms += 4000;
    p.update(2); // 6 s since start
    expect(out.lines()).toEqual(['sweep: 0% (2/1000), ETA 49 min 54 s']);
    out.clock.ms += 1000;
    p.stop();
    p.update(500); // ignored after stop
    expect(out.lines()).toEqual(['sweep: 0% (2/1000), ETA 49 min 54 s', 'sweep: stopped at 0% (2/1000) after 7.0 s']);
  });

  it('a 0.1 s stage prints only its done line, not one line per 10 %', () => {
    const out = fakeOutput();
    const p = createProgress({ label: 'fast', total: 100, stream: out.stream, mode: 'lines', now: out.now });
    for (let i = 1; i <= 100; i++) {
      out.clock.ms += 1; // 0.1 s in all
      p.increment();
    }
    p.stop();
    expect(out.lines()).toEqual(['fast: 100% (100/100), done in 0.1 s']);
  });

  it('clamps to [0, total] and handles total = 0', () => {
    const out = fakeOutput();
    const p = createProgress({ label: 'x', total: 5, stream: out.stream, mode: 'lines', now: out.now });
    p.update(99);
    p.stop();
    const q = createProgress({ label: 'y', total: 0, stream: out.stream, mode: 'lines', now: out.now });
    q.update(0);
    q.stop();
    expect(out.lines()).toEqual(['x: 100% (5/5), done in 0.0 s', 'y: 100% (0/0), done in 0.0 s']);
  });
});

describe('quiet and auto', () => {
  it('quiet prints one start and one end line per stage, so a long run never looks hung', () => {
    const out = fakeOutput();
    const p = createProgress({ label: 'q', total: 3, stream: out.stream, mode: 'quiet', now: out.now });
    p.increment();
    out.clock.ms += 3500;
    p.update(3);
    p.stop();
    const early = createProgress({ label: 'r', total: 3, stream: out.stream, mode: 'quiet', now: out.now });
    early.update(1);
    early.stop();
    expect(out.lines()).toEqual(['q: started', 'q: 100% (3/3), done in 3.5 s', 'r: started', 'r: stopped at 33% (1/3) after 0.0 s']);
  });

  it('auto: quiet under CI; lines on a non-TTY otherwise', () => {
    const out = fakeOutput();
    const ci = createProgress({ label: 'ci', total: 4, stream: out.stream, env: { CI: 'true' }, now: out.now });
    ci.update(2);
    out.clock.ms += 3500;
    ci.update(4);
    ci.stop();
    expect(out.lines()).toEqual(['ci: started', 'ci: 100% (4/4), done in 3.5 s']);
    const plain = createProgress({ label: 'pipe', total: 2, stream: out.stream, env: {}, now: out.now });
    plain.update(2);
    expect(out.lines().at(-1)).toBe('pipe: 100% (2/2), done in 0.0 s');
  });

  it('HAMCHECK_PROGRESS overrides detection; an explicit mode overrides HAMCHECK_PROGRESS', () => {
    expect(resolveProgressMode('auto', true, {})).toBe('bar');
    expect(resolveProgressMode('auto', false, {})).toBe('lines');
    expect(resolveProgressMode('auto', true, { CI: '1' })).toBe('quiet');
    expect(resolveProgressMode('auto', true, { CI: '1', HAMCHECK_PROGRESS: 'lines' })).toBe('lines');
    expect(resolveProgressMode('auto', false, { HAMCHECK_PROGRESS: 'quiet' })).toBe('quiet');
    expect(resolveProgressMode('lines', false, { HAMCHECK_PROGRESS: 'quiet' })).toBe('lines');
    expect(() => resolveProgressMode('auto', false, { HAMCHECK_PROGRESS: 'loud' })).toThrow(HamcheckInputError);
  });

  it('HAMCHECK_PROGRESS=quiet reduces a non-TTY stream to the start and end lines', () => {
    const out = fakeOutput();
    const p = createProgress({ label: 'e', total: 10, stream: out.stream, env: { HAMCHECK_PROGRESS: 'quiet' }, now: out.now });
    for (let i = 1; i <= 10; i++) {
      out.clock.ms += 1000;
      p.increment();
    }
    p.stop();
    expect(out.lines()).toEqual(['e: started', 'e: 100% (10/10), done in 10 s']);
  });

  it('rejects a negative or non-finite total', () => {
    expect(() => createProgress({ label: 'bad', total: -1, mode: 'quiet' })).toThrow(HamcheckInputError);
    expect(() => createProgress({ label: 'bad', total: NaN, mode: 'quiet' })).toThrow(/progress\.total/);
  });
});

describe('bar mode', () => {
  it('draws a cli-progress bar with percentage and ETA and stops cleanly', () => {
    const out = fakeOutput();
    const p = createProgress({ label: 'bar', total: 4, stream: out.stream, mode: 'bar' });
    p.update(1);
    p.update(4);
    p.stop();
    p.stop();
    const text = out.lines().join('\n');
    expect(text).toMatch(/^bar \[.*\] 100% \| 4\/4 \| ETA /m);
  });

  it('shows its own ETA ("?" before anything is done, then a duration), never cli-progress\'s "NFs"', () => {
    const out = fakeOutput();
    const p = createProgress({ label: 'eta', total: 10, stream: out.stream, mode: 'bar' });
    p.update(0);
    p.update(5);
    p.update(10);
    p.stop();
    const text = out.lines().join('\n');
    expect(text).toMatch(/^eta \[.*\] 0% \| 0\/10 \| ETA \?$/m);
    expect(text).toMatch(/^eta \[.*\] 100% \| 10\/10 \| ETA 0\.0 s$/m);
    expect(text).not.toMatch(/NF|INF|NULL|NaN/);
  });
});

describe('formatDuration', () => {
  it('uses s, min and h as fits', () => {
    expect([0.04, 9.94, 12.4, 59.6, 65, 3599, 7620, NaN, -1].map(formatDuration)).toEqual([
      '0.0 s', '9.9 s', '12 s', '1 min 00 s', '1 min 05 s', '59 min 59 s', '2 h 07 min', '?', '?',
    ]);
  });
});
