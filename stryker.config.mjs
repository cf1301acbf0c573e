// Mutation testing of the numerical core (`npm run test:mutation`, not part of `npm test`).
// Scope: model, HAM, exact dynamics and the linalg kernels they run on. Left out, with reasons:
//  - the dense eigen path (hermitianEigen and its stages, eigenPropagator, bandPopulation): ~1700
//    mutants in O(n³) loops that would take hours; they are guarded by residual ‖HV − VΛ‖ and
//    orthonormality oracles, a complex.js Taylor oracle and the Chebyshev-vs-eigen agreement instead;
//  - chebyshevWorkerPool: the per-mutant runs are serial (a worker would run unmutated code).
// The per-mutant test set (vitest.mutation.config.ts) is the example specs of those folders plus the
// structure properties; paper-scale and subprocess tests are left out so a run fits in 30 minutes.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/model/**/*.ts',
    'src/ham/**/*.ts',
    'src/exact/**/*.ts',
    '!src/exact/chebyshevWorkerPool.ts',
    '!src/exact/kernelWorkers.ts',
    '!src/exact/eigenPropagator.ts',
    '!src/exact/bandPopulation.ts',
    'src/linalg/besselJSequence.ts',
    'src/linalg/blockTridiagonalMatvec.ts',
    'src/linalg/denseBlockTridiagonal.ts',
    'src/linalg/matrixExponential.ts',
    'src/linalg/fusedBlockRows.ts',
    'src/linalg/lanczosSpectralBounds.ts',
    'src/linalg/symmetricTridiagonalExtremes.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // a mutant that loops forever costs the timeout: keep it just above the slowest covering test set
  timeoutMS: 5000,
  timeoutFactor: 1.25,
  // error-message wording is checked by field name and range in the specs, not word for word
  mutator: { excludedMutations: ['StringLiteral'] },
  dryRunTimeoutMinutes: 20,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' }, // gitignored; summary.md is committed
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
