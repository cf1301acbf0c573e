import { takeCoverage } from 'node:v8';
import { afterAll } from 'vitest';

/**
 * vitest setup file: under c8 (NODE_V8_COVERAGE set), writes this worker's V8 coverage after each test
 * file. vitest ends its worker processes and threads without a normal exit, when Node would write it
 * itself, so without this the in-process specs' coverage is lost.
 */
afterAll(() => {
  if (process.env.NODE_V8_COVERAGE) takeCoverage();
});
