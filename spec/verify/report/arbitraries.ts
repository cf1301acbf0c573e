/** fast-check arbitraries of verify records, shared by the report, baseline and merge specs. */
import fc from 'fast-check';
import { CAPABILITIES } from '../../../src/protocol/capabilities.ts';
import type { FailureKind, PropertyOutcome, RunFooter, RunHeader, Verdict } from '../../../src/verify/outcome.ts';
import type { VerifyReport } from '../../../src/verify/report/jsonlReport.ts';
import { FAILURE_KINDS, VERDICTS, totalsOf } from '../../../src/verify/report/recordFields.ts';

/** Any string, lone surrogates and control characters included (UTF-16 code units 0 … 0xFFFF). */
export const anyString = (maxLength = 40): fc.Arbitrary<string> =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });

/** Property ids of the shape `suite/name`, with a few odd characters. */
export const propertyId: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('dynamics', 'dyson', 'model', 'transport', 'exact'), fc.stringMatching(/^[a-z][a-z0-9.\-]{0,12}$/))
  .map(([suite, name]) => `${suite}/${name}`);

export const capability = fc.constantFrom(...CAPABILITIES);
export const verdict: fc.Arbitrary<Verdict> = fc.constantFrom(...VERDICTS);
export const failureKind: fc.Arbitrary<FailureKind> = fc.constantFrom(...FAILURE_KINDS);

export function outcomeArb(id: fc.Arbitrary<string> = propertyId, text = fc.string({ maxLength: 60 })): fc.Arbitrary<PropertyOutcome> {
  return fc
    .record(
      {
        id,
        title: text,
        requires: fc.uniqueArray(capability, { maxLength: 3 }),
        verdict,
        casesRun: fc.nat(10_000),
        minCases: fc.nat(10_000),
        seconds: fc.double({ min: 0, max: 1e4, noNaN: true }).map((s) => (s === 0 ? 0 : s)),
        failureKind,
        message: text,
        counterexample: fc.jsonValue({ maxDepth: 3 }),
        seed: fc.nat({ max: 2 ** 32 - 1 }),
        path: fc.stringMatching(/^\d+(:\d+){0,5}$/),
        failedRequest: fc.record({ cmd: capability, args: fc.jsonValue({ maxDepth: 2 }) }),
      },
      { requiredKeys: ['id', 'title', 'requires', 'verdict', 'casesRun', 'minCases', 'seconds'] },
    )
    .map((o) => {
      const out = { ...o } as PropertyOutcome;
      if (o.verdict === 'fail') out.failureKind = o.failureKind ?? 'wrong';
      else delete out.failureKind;
      return out;
    });
}

export const outcomesArb = (maxLength = 12): fc.Arbitrary<PropertyOutcome[]> =>
  fc.uniqueArray(outcomeArb(), { selector: (o) => o.id, maxLength });

export const headerArb: fc.Arbitrary<RunHeader> = fc.record(
  {
    format: fc.constant('hamcheck-verify/1' as const),
    hamcheck: fc.constantFrom('0.1.0', '1.2.3-beta.1'),
    impl: fc.string({ minLength: 1, maxLength: 40 }),
    implementation: fc.record(
      { name: fc.string({ minLength: 1, maxLength: 20 }), version: fc.string({ maxLength: 10 }), language: fc.string({ maxLength: 10 }) },
      { requiredKeys: ['name', 'version'] },
    ),
    capabilities: fc.uniqueArray(capability),
    accuracy: fc.dictionary(capability, fc.double({ min: 1e-15, max: 1, noNaN: true })),
    seed: fc.nat({ max: 2 ** 32 - 1 }),
    budgetSeconds: fc.double({ min: 1e-3, max: 1e5, noNaN: true }),
    depth: fc.constantFrom('quick' as const, 'deep' as const),
    shard: fc.integer({ min: 1, max: 8 }).chain((count) => fc.record({ index: fc.integer({ min: 1, max: count }), count: fc.constant(count) })),
    startedAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  },
  { requiredKeys: ['format', 'hamcheck', 'implementation', 'capabilities', 'accuracy', 'seed', 'budgetSeconds', 'depth', 'startedAt'] },
);

export function footerFor(properties: readonly PropertyOutcome[], extra: Partial<RunFooter> = {}): RunFooter {
  return { totals: totalsOf(properties), seconds: properties.reduce((s, p) => s + p.seconds, 0), ...extra };
}

export const reportArb: fc.Arbitrary<VerifyReport> = fc
  .tuple(headerArb, outcomesArb(), fc.option(fc.string({ maxLength: 30 }), { nil: undefined }))
  .map(([header, properties, stoppedEarly]) => ({
    header,
    properties,
    footer: footerFor(properties, stoppedEarly === undefined ? {} : { stoppedEarly }),
  }));

/** A small fixed report for example-based specs. */
export function sampleReport(): VerifyReport {
  const properties: PropertyOutcome[] = [
    { id: 'dynamics/criteria-inside', title: 'HAM matches exact inside the criteria', requires: ['exact.populations', 'ham.populations'], verdict: 'pass', casesRun: 30, minCases: 20, seconds: 1.25 },
    {
      id: 'model/kappa-formula',
      title: 'κ = 2πλ²n/δε (27)',
      requires: ['model.kappa'],
      verdict: 'fail',
      casesRun: 3,
      minCases: 20,
      seconds: 0.5,
      failureKind: 'wrong',
      message: 'κ off by 2π: got 0.1, expected 0.628',
      counterexample: { model: { sites: 2, levels: 4 }, tau: 0.5 },
      seed: 42,
      path: '2:0:1',
      failedRequest: { cmd: 'model.kappa', args: { model: { sites: 2, levels: 4 } } },
    },
    { id: 'exact/norm', title: 'norm conserved', requires: ['exact.populations'], verdict: 'inconclusive', casesRun: 4, minCases: 20, seconds: 59, message: 'budget' },
    { id: 'transport/kappa-th', title: 'κ_th = κ·c', requires: ['transport.kappaTh'], verdict: 'not-run', casesRun: 0, minCases: 10, seconds: 0, message: 'capability transport.kappaTh not declared' },
  ];
  return {
    header: {
      format: 'hamcheck-verify/1',
      hamcheck: '0.1.0',
      impl: 'python3 adapter.py',
      implementation: { name: 'my-ham', version: '1.3.0', language: 'python' },
      capabilities: ['model.kappa', 'ham.populations', 'exact.populations'],
      accuracy: { 'exact.populations': 1e-9 },
      seed: 7,
      budgetSeconds: 60,
      depth: 'quick',
      startedAt: '2025-01-01T00:00:00.000Z',
    },
    properties,
    footer: footerFor(properties),
  };
}
