// Mutation testing of the general models (`npm run test:mutation:graph`, not part of `npm test`): the graph
// model, its validation, coupling structures, the generalized HAM rates and populations. Same settings as
// stryker.config.mjs; its own test set (vitest.mutation.graph.config.ts) and report file.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutation.graph.config.ts' },
  mutate: ['src/model/graph/**/*.ts', 'src/ham/graph*.ts'],
  jsonReporter: { fileName: 'reports/mutation/mutation-graph.json' },
};
