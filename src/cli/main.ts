import { Command, CommanderError } from 'commander';
import { HamcheckInputError, HamcheckNumericalError, HamcheckResourceError } from '../errors.ts';
import { hamcheckVersion } from '../packageInfo.ts';

/** Sets the exit code of the command that ran. */
type SetCode = (code: number) => void;

/**
 * The subcommands, in `--help` order. Each entry declares its arguments and options and loads its
 * implementation with a dynamic `import()` inside the action, so `hamcheck --help` and `--version` load
 * only commander (start-up ≈ 0.1 s instead of the whole numerics and the Vega plot stack).
 *
 * @remarks To add a command: append one function `(program, setCode) => void` here that registers it,
 * importing its module lazily the same way.
 */
export const COMMANDS: ((program: Command, setCode: SetCode) => void)[] = [
  (program, setCode) =>
    program
      .command('propagate')
      .description('exact Schrödinger dynamics, HAM prediction and D² for one spec file')
      .argument('<spec>', 'JSON spec file ("-" reads stdin): {model, initial, times, method?, d2?}')
      .option('--out <file>', 'write the JSON result here instead of stdout')
      .option('--dump-model <file>', 'write the explicit model (levels, couplings, initial) that reproduces the run')
      .action(async (spec: string, opts: { out?: string; dumpModel?: string }) => {
        const { propagateCommand } = await import('./propagateCommand.ts');
        setCode(await propagateCommand(spec, opts));
      }),

  (program, setCode) =>
    program
      .command('reproduce')
      .description("reproduce the paper's figures into DIR/paper/ and the errata report into DIR/errata.md (what `npm start` runs)")
      .option('--out <dir>', 'output folder DIR (everything is written under it)', 'reports')
      .option('--only <figures>', 'comma-separated subset, e.g. fig2')
      .option('--full', "the paper's sizes (Fig. 4: 15 000 states; Fig. 5 up to n = 800), < 45 min")
      .option('--no-cache', 'recompute every stage instead of reusing DIR/.cache/')
      .action(async (opts: { out: string; only?: string; full?: boolean; cache?: boolean }) => {
        const { checkOutputDir } = await import('./outputPath.ts');
        checkOutputDir(opts.out, '--out');
        const { reproduceCommand } = await import('./reproduceCommand.ts');
        setCode(await reproduceCommand(opts));
      }),

  (program, setCode) =>
    program
      .command('transport')
      .description('heat capacity, κ and κ_th (48) per temperature; with "measure": true also κ_th from the exact dynamics')
      .argument('<spec>', 'JSON spec file ("-" reads stdin): {model: {levels, bandWidth, coupling, gap?, bands?}, temperatures, measure?}')
      .option('--out <file>', 'write the JSON result here instead of stdout')
      .action(async (spec: string, opts: { out?: string }) => {
        const { transportCommand } = await import('./transportCommand.ts');
        setCode(await transportCommand(spec, opts));
      }),

  (program, setCode) =>
    program
      .command('errata')
      .description("re-check the paper's failing printed equations and write the errata report")
      .option('--out <file>', 'output file (default reports/errata.md)')
      .action(async (opts: { out?: string }) => {
        const { errataCommand } = await import('./errataCommand.ts');
        setCode(await errataCommand(opts));
      }),

  (program, setCode) => {
    const verify = program
      .command('verify')
      .enablePositionalOptions() // else verify takes merge's --out/--baseline/--junit/--summary/--strict (the program's must be on too)
      .description('run the property suites against an implementation (the reference, or --impl "<cmd>" over protocol v1)')
      .option('--impl <command>', 'adapter command speaking protocol v1 (run through the shell); default: the reference in-process')
      .option('--budget-s <seconds>', 'bound on the whole run', '60')
      .option('--timeout-scale <k>', 'stretch every deadline by k', '1')
      .option('--seed <n>', 'the run seed (uint32); random and printed when absent')
      .option('--only <ids>', 'comma-separated property ids or families to run')
      .option('--skip <ids>', 'comma-separated property ids or families to leave out')
      .option('--shard <i/n>', 'run the i-th of n shards of the properties')
      .option('--fail-fast', 'stop at the first failure')
      .option('--strict', 'inconclusive properties fail the run')
      .option('--baseline <file>', 'expected failures/skips/flaky properties (hamcheck-baseline/1)')
      .option('--update-baseline', 'rewrite --baseline from what ran')
      .option('--out <file>', 'JSONL report (hamcheck-verify/1)')
      .option('--junit <file>', 'JUnit XML report')
      .option('--summary <file>', 'Markdown summary (e.g. $GITHUB_STEP_SUMMARY)')
      .option('--dump-request <dir>', 'write the exact request of each failure, to pipe into the adapter')
      .option('--replay-path <path>', 'replay one counterexample (with --seed and one --only id)')
      .action(async (opts: Record<string, unknown>) => {
        const { verifyCommand } = await import('./verifyCommand.ts');
        setCode(await verifyCommand(opts));
      });
    verify
      .command('merge')
      .description('combine the JSONL reports of several shards into one verdict')
      .argument('<reports...>', 'JSONL reports of the shards')
      .option('--baseline <file>', 'expected failures (hamcheck-baseline/1)')
      .option('--out <file>', 'merged JSONL report')
      .option('--junit <file>', 'JUnit XML report')
      .option('--summary <file>', 'Markdown summary')
      .option('--strict', 'inconclusive properties fail the run')
      .action(async (files: string[], opts: { baseline?: string; out?: string; junit?: string; summary?: string; strict?: boolean }) => {
        const { verifyMergeCommand } = await import('./verifyCommand.ts');
        setCode(await verifyMergeCommand(files, opts));
      });
  },

  (program, setCode) =>
    program
      .command('serve')
      .description('speak protocol v1 for the reference on stdin/stdout (an adapter: verify --impl "hamcheck serve")')
      .action(async () => {
        const { serveCommand } = await import('./serveCommand.ts');
        setCode(await serveCommand());
      }),

  (program, setCode) => {
    const bench = program
      .command('bench')
      .enablePositionalOptions()
      .description('benchmark sweeps, scaling exponents, accuracy figures and peers; one hamcheck-bench/2 record per run (docs/bench.md)')
      .option('--quick', 'the ≈ 1 min smoke run (small sizes) instead of the full sweep')
      .option('--out <dir>', 'folder of the run record', 'reports/bench')
      .option('--no-peers', 'skip the Python peers')
      .option('--impl <command>', 'also time this adapter (protocol v1) on the tasks it declares, beside the reference')
      .action(async (opts: { quick?: boolean; out: string; peers?: boolean; impl?: string }) => {
        const { benchCommand } = await import('./benchCommand.ts');
        setCode(await benchCommand(opts));
      });
    bench
      .command('compare')
      .description('compare two run records: speed regressions (Mann–Whitney U and a threshold), accuracy and exponents two-sided')
      .argument('<base>', 'base record (hamcheck-bench/2)')
      .argument('<head>', 'head record')
      .option('--threshold <fraction>', 'smallest slowdown that counts as a regression', '0.1')
      .option('--alpha <p>', 'family-wise false-alarm rate of the significance tests', '0.01')
      .action(async (base: string, head: string, opts: { threshold: string; alpha: string }) => {
        const { benchCompareCommand } = await import('./benchCommand.ts');
        setCode(await benchCompareCommand(base, head, opts));
      });
    bench
      .command('history')
      .description('speed and accuracy over commits as SVG (one series per task version)')
      .argument('[dir]', 'folder of run records', 'reports/bench')
      .option('--out <dir>', 'folder of the SVG plots', 'reports/bench/history')
      .action(async (dir: string, opts: { out: string }) => {
        const { benchHistoryCommand } = await import('./benchCommand.ts');
        setCode(await benchHistoryCommand(dir, opts));
      });
    bench
      .command('ab')
      .description('base (a git ref, in a temporary worktree) and head interleaved A B A B on this machine, then compare')
      .requiredOption('--base <ref>', 'git ref of the base')
      .option('--rounds <k>', 'runs of each side', '3')
      .option('--quick', 'the quick workload on each side')
      .option('--out <dir>', 'folder of the per-round records (base/, head/)', 'reports/bench/ab')
      .option('--threshold <fraction>', 'smallest slowdown that counts as a regression', '0.1')
      .option('--alpha <p>', 'family-wise false-alarm rate of the significance tests', '0.01')
      .action(async (opts: { base: string; rounds: string; quick?: boolean; out: string; threshold: string; alpha: string }) => {
        const { benchAbCommand } = await import('./benchCommand.ts');
        setCode(await benchAbCommand(opts));
      });
  },

  (program, setCode) =>
    program
      .command('variant')
      .description('evaluate a HAM variant (a plug-in module, or an external program over protocol v1) against the exact dynamics over its model family (exit 0 accepted, 1 rejected, 2 could not run)')
      .argument('[module]', 'TypeScript/JavaScript module exporting {name, family, predict} (docs/variants.md)')
      .option('--impl <command>', 'an adapter answering ham.graphPopulations (PROTOCOL.md) instead of a module')
      .option('--family <module>', "with --impl: a module exporting the model family (default: the paper's chain inside (29))")
      .option('--timeout-scale <k>', 'with --impl: stretch every deadline by k', '1')
      .option('--out <dir>', 'write variant.json, variant.md and variant.html here instead of JSON on stdout')
      .option('--family-size <m>', 'models drawn from the family (default 8, the quick size)')
      .option('--seed <n>', 'seed of the family draw (uint32)', '1')
      .action(async (module: string | undefined, opts: { out?: string; familySize?: string; seed?: string; impl?: string; family?: string; timeoutScale?: string }) => {
        const { variantCommand } = await import('./variantCommand.ts');
        setCode(await variantCommand(module, opts));
      }),
];

/**
 * The `hamcheck` command line. Returns the exit code: 0 success, 1 a failed check or internal error,
 * 2 bad input (a typed error naming the field and the allowed range).
 */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('hamcheck')
    .description('Reference, verification and benchmarks for the Hilbert-space-average method (cond-mat/0511727)')
    .version(hamcheckVersion(), '-V, --version', 'print the hamcheck version')
    .exitOverride()
    .enablePositionalOptions() // with verify's: `verify merge … --out` reaches merge (see the verify command)
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of COMMANDS) register(program, (c) => (code = c));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    return reportError(e);
  }
}

function reportError(e: unknown): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
  if (e instanceof HamcheckInputError || e instanceof HamcheckResourceError) {
    process.stderr.write(`hamcheck: error: ${e.message}\n`);
    return 2;
  }
  if (e instanceof HamcheckNumericalError) {
    process.stderr.write(`hamcheck: numerical failure: ${e.message}\n`);
    return 1;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  process.stderr.write(`hamcheck: internal error: ${err.message}\n`);
  if (process.env.HAMCHECK_DEBUG) process.stderr.write(`${err.stack}\n`);
  return 1;
}
