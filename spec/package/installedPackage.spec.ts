import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * hamcheck as a user gets it: `npm pack` (which runs the build through `prepare`), the tarball installed
 * into an empty project, then the binary and the public API used from there — the compiled dist/, no tsx,
 * no sources.
 *
 * @remarks Dependencies come from the local npm cache (`--offline`, filled by this clone's `npm ci`);
 * when some package metadata is not cached yet the install is retried once with `--prefer-offline`,
 * which fetches only what is missing and leaves it cached for the next run.
 */
const repo = resolve('.');
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
let work: string;
let project: string;
let pack: { filename: string; size: number; unpackedSize: number; entryCount: number; files: { path: string }[] };

function run(command: string, args: string[], opts: SpawnSyncOptions & { extraEnv?: Record<string, string> } = {}) {
  // no HAMCHECK_FROM_SOURCE: the installed binary has only dist/ anyway; no colour codes from npm
  const env: NodeJS.ProcessEnv = { ...process.env, HAMCHECK_PROGRESS: 'quiet', NO_COLOR: '1', npm_config_color: 'false', npm_config_update_notifier: 'false', ...opts.extraEnv };
  delete env.HAMCHECK_FROM_SOURCE;
  // under `npm exec --package=node@24` (CI's Node 24 run) npm exports the package it ran: a nested npx would try to fetch it
  delete env.npm_config_package;
  delete env.npm_config_yes;
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 300_000, ...opts, env });
  return { code: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'hamcheck-package-'));
  project = join(work, 'consumer');
  const packed = run('npm', ['pack', '--json', '--pack-destination', work], { cwd: repo });
  if (packed.code !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  pack = (JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as (typeof pack)[])[0];
  run('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
  const tarball = join(work, pack.filename);
  const flags = ['--no-audit', '--no-fund', '--ignore-scripts'];
  let installed = run('npm', ['install', '--offline', ...flags, tarball], { cwd: project });
  if (installed.code !== 0 && /ENOTCACHED/.test(installed.stderr)) installed = run('npm', ['install', '--prefer-offline', ...flags, tarball], { cwd: project });
  if (installed.code !== 0) throw new Error(`npm install of the tarball failed: ${installed.stderr}`);
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed and installed package', () => {
  it('ships the build, the binary, the protocol and output schemas, and no specs, property files, CI or Stryker config', () => {
    const paths = pack.files.map((f) => f.path);
    console.log(`hamcheck tarball: ${pack.filename}, ${(pack.size / 1024).toFixed(0)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(0)} KiB unpacked, ${pack.entryCount} files`);
    for (const p of ['bin/hamcheck.mjs', 'dist/src/cli/main.js', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/exact/kernelWorker.mjs', 'protocol/v1/index.json', 'schemas/propagate.schema.json', 'package.json', 'README.md']) {
      expect(paths).toContain(p);
    }
    const forbidden = paths.filter((p) => /^(spec|bench|scripts|src|\.ci)\/|\.prop\.(ts|js)$|stryker|vitest|tsconfig|^properties\//.test(p));
    expect(forbidden).toEqual([]);
  });

  it('npx hamcheck --version prints the version', () => {
    expect(run('npx', ['--no-install', 'hamcheck', '--version'], { cwd: project })).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('npx hamcheck propagate runs a small spec on the compiled code, the threaded Chebyshev kernel included', () => {
    // n = 150: 2 blocks of 150² = 45 000 entries, above the kernel's 40 000-entry threshold for threads
    const spec = { model: { sites: 3, levels: 150, bandWidth: 0.05, coupling: 4e-4, seed: 2 }, initial: { site: 1, seed: 3 }, times: { count: 11, untilKappa: 5 } };
    writeFileSync(join(project, 'spec.json'), JSON.stringify(spec));
    const r = run('npx', ['--no-install', 'hamcheck', 'propagate', 'spec.json'], { cwd: project, extraEnv: { HAMCHECK_THREADS: '2' } });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ format: 'hamcheck-propagate/1', hamcheck: version, method: 'chebyshev' });
    expect(out.details.threads).toBe(2);
    expect(out.exact).toHaveLength(11);
    // unitarity of the compiled propagator: Σ_µ P_µ(t) = 1 to the 1e-12 truncation bound (squared norm: 2e-12)
    for (const row of out.exact) expect(Math.abs(row.reduce((a: number, p: number) => a + p, 0) - 1)).toBeLessThan(2e-12);
  });

  it('npx hamcheck verify runs the compiled suites from the installed copy, in-process and through `hamcheck serve` (exit 0)', () => {
    const only = ['--only', 'differential/model.kappa,differential/ham.populations,dynamics/ham-relaxes-to-uniform', '--seed', '5'];
    const inProcess = run('npx', ['--no-install', 'hamcheck', 'verify', ...only], { cwd: project });
    expect(inProcess.code, inProcess.stderr).toBe(0);
    expect(inProcess.stdout).toMatch(/hamcheck verify: 3 passed, 0 failed/);
    const served = run('npx', ['--no-install', 'hamcheck', 'verify', '--impl', 'npx --no-install hamcheck serve', ...only], { cwd: project });
    expect(served.code, served.stderr).toBe(0);
    expect(served.stdout).toMatch(/hamcheck verify: 3 passed, 0 failed/);
  });

  it('every compiled module of dist/src loads in the installed package (no dev-only import such as tsx or vitest)', () => {
    const modules = pack.files.map((f) => f.path).filter((p) => p.startsWith('dist/src/') && p.endsWith('.js'));
    expect(modules.length).toBeGreaterThan(50);
    const script = `for (const m of ${JSON.stringify(modules)}) await import(new URL('node_modules/hamcheck/' + m, 'file://' + process.cwd() + '/').href);`;
    const r = run(process.execPath, ['--input-type=module', '-e', script], { cwd: project });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it("imports the public API ('hamcheck') with its types", () => {
    const consumer = [
      "import { buildChainModel, decayConstant, hamcheckVersion, HamcheckInputError, initialState, kappa, propagate, validateModelSpec } from 'hamcheck';",
      "const spec = validateModelSpec({ sites: 2, levels: 20, bandWidth: 0.05, coupling: 1e-3 });",
      'const r = propagate(buildChainModel(spec), initialState({ site: 1, seed: 1 }, 2, 20), Float64Array.from([0, 10]));',
      'let typed = false;',
      'try { validateModelSpec({}); } catch (e) { typed = e instanceof HamcheckInputError; }',
      'console.log(JSON.stringify({ version: hamcheckVersion(), kappa: kappa(spec), same: kappa === decayConstant, p0: r.populations[0][0], typed }));',
    ].join('\n');
    writeFileSync(join(project, 'consumer.ts'), consumer);
    writeFileSync(join(project, 'consumer.mjs'), consumer);
    const r = run(process.execPath, ['consumer.mjs'], { cwd: project });
    expect(r.code, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout);
    expect(got).toMatchObject({ version, same: true, typed: true });
    // κ = 2πλ²n/δε (27) to a few ulps of the product; ψ(0) lies in band 1: P₁(0) = 1 up to the rounding of its normalization
    expect(Math.abs(got.kappa / ((2 * Math.PI * 1e-6 * 20) / 0.05) - 1)).toBeLessThan(8 * Number.EPSILON);
    expect(Math.abs(got.p0 - 1)).toBeLessThan(40 * Number.EPSILON);
    const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
    const types = run(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', join(repo, 'node_modules', '@types'), 'consumer.ts'], { cwd: project });
    expect(types.stdout + types.stderr).toBe('');
    expect(types.code).toBe(0);
  });
});
