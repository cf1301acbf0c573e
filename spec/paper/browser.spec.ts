import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/packageInfo.ts';
import { fig4Ensemble } from '../../src/paper/fig4Ensemble.ts';
import { fig5Scaling } from '../../src/paper/fig5Scaling.ts';
import { paperPage, type PaperResults } from '../../src/paper/paperContent.ts';
import { fig4Svg, fig5Svg, fig8Svg } from '../../src/paper/paperFigures.ts';
import { renderHtml, renderMarkdown } from '../../src/paper/paperPage.ts';
import { populationFigure } from '../../src/paper/populationFigure.ts';
import { fig8Data } from '../../src/transport/fig8.ts';
import { measureKappaTh } from '../../src/transport/measureKappaTh.ts';
import { measureKappaThRelaxation } from '../../src/transport/relaxationKappaTh.ts';
import { validateTransportModelSpec } from '../../src/transport/transportModel.ts';

/**
 * The page checked as a person would: headless Chromium (system binary, through playwright-core) opens
 * index.html over a local http server on 127.0.0.1, every figure must render (the <img> decoded, and its SVG
 * holding axes and data marks), no console errors, no broken links; a screenshot is saved under reports/paper/.
 * The page is built by the real renderers from SMALL configurations (n = 16 … 40) so the spec stays light; when
 * `npm start` has written reports/paper/index.html, that page is checked too.
 */
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const hasChromium = existsSync(CHROMIUM);
const GENERATED = join(PACKAGE_ROOT, 'reports', 'paper', 'index.html');
const hasGenerated = existsSync(GENERATED);

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json', '.md': 'text/markdown; charset=utf-8', '.png': 'image/png' };

function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const addr = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
  }));
}

/** A page from small configurations, through the same renderers as `hamcheck reproduce`. */
async function smallPage(root: string): Promise<void> {
  const dir = join(root, 'paper');
  await mkdir(dir, { recursive: true });
  const model = { sites: 3, levels: 16, bandWidth: 0.05, gap: 1, coupling: 0.05 / 32, ensemble: 'GUE' as const, seed: 1 };
  const spec = { model, initial: { site: 1, seed: 7 }, times: { count: 41, untilKappa: 5 }, method: 'chebyshev' as const, d2: { untilKappa: 5, points: 41 } };
  const report = await populationFigure('fig2', 'Fig. 2 (small: n = 16)', spec, dir);
  const f4cfg = { model: { ...model, sites: 2 }, states: 200, seed: 11, untilKappa: 5, points: 11 };
  const f4 = fig4Ensemble(f4cfg);
  await writeFile(join(dir, 'fig4.svg'), await fig4Svg(f4cfg, f4));
  await writeFile(join(dir, 'fig4.json'), JSON.stringify(f4));
  const f5cfg = { model, c1: 0.5, sites: 2, levels: [8, 16, 32], insetSites: [2, 3], insetLevels: 8, untilKappa: 5, points: 11 };
  const f5 = fig5Scaling(f5cfg);
  await writeFile(join(dir, 'fig5.svg'), await fig5Svg(f5cfg, f5));
  await writeFile(join(dir, 'fig5.json'), JSON.stringify(f5));
  const p8 = { levels: 40, bandWidth: 0.05, coupling: 0.05 / 80, gap: 1 };
  const temps = [0.1, 0.3, 1];
  const fig8 = fig8Data(p8, 61, { realizations: 4, seed: 1, temperatures: temps });
  const mb = validateTransportModelSpec({ bands: 3, levels: 2, bandWidth: 0.05, coupling: 0.0005, seed: 7 });
  const report8 = { fig8, scaling: [], multiBand: { spec: mb, run: measureKappaTh(mb, [0.5, 1], { mode: 'trace' }) } };
  const relaxation = measureKappaThRelaxation({ bands: 1, ...p8, ensemble: 'GUE', seed: 1 }, temps, { mode: 'trace' });
  await writeFile(join(dir, 'fig8.svg'), await fig8Svg(report8, relaxation));
  await writeFile(join(dir, 'fig8.json'), JSON.stringify({ report8, relaxation }));
  await writeFile(join(dir, 'fig8.md'), '# Fig. 8 note (small)\n');
  await writeFile(join(root, 'errata.md'), '# Errata (small page)\n');
  const results: PaperResults = {
    version: 'spec',
    full: false,
    populations: [{ name: 'fig2', title: 'Fig. 2 (small: n = 16)', spec, report }],
    fig4: { config: f4cfg, result: f4 },
    fig5: { config: f5cfg, result: f5 },
    fig8: { report: report8, relaxation },
    checks: [{ check: 'stand-in', value: 0, bound: 1, passed: true }],
    errataPath: '../errata.md',
    seconds: {},
  };
  const blocks = paperPage(results);
  await writeFile(join(dir, 'index.html'), renderHtml(blocks, 'small page'));
  await writeFile(join(dir, 'README.md'), renderMarkdown(blocks));
}

/** The little of the DOM the SVG check uses (the spec compiles without the DOM library). */
interface SvgDocument {
  querySelectorAll(selector: string): ArrayLike<{ querySelector(selector: string): unknown }>;
  documentElement: { textContent: string | null };
}

interface PageCheck {
  images: { src: string; width: number }[];
  svgs: { src: string; axes: number; marks: number; text: number }[];
  links: { href: string; status: number }[];
  errors: string[];
}

async function checkPage(url: string, screenshot: string): Promise<PageCheck> {
  const { chromium } = await import('playwright-core');
  const userDataDir = await mkdtemp(join(tmpdir(), 'hamcheck-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1100, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    const images = await page.$$eval('img', (xs) => xs.map((x) => ({ src: x.getAttribute('src') ?? '', width: (x as unknown as { naturalWidth: number }).naturalWidth })));
    const hrefs = await page.$$eval('a[href]', (xs) => xs.map((x) => (x as unknown as { href: string }).href));
    await page.screenshot({ path: screenshot, fullPage: true });
    const links = await Promise.all(hrefs.map(async (href) => ({ href, status: (await context.request.get(href)).status() })));
    // the page's own errors end here: a standalone SVG document below makes Chromium ask for /favicon.ico
    const pageErrors = [...errors];
    const svgs: PageCheck['svgs'] = [];
    for (const img of images) {
      await page.goto(new URL(img.src, url).href);
      svgs.push(
        await page.evaluate((src) => {
          const doc = (globalThis as unknown as { document: SvgDocument }).document;
          return {
            src,
            axes: doc.querySelectorAll('g.role-axis').length,
            marks: Array.from(doc.querySelectorAll('g.role-mark')).filter((g) => g.querySelector('path, line, rect') !== null).length,
            text: doc.documentElement.textContent?.length ?? 0,
          };
        }, img.src),
      );
    }
    return { images, svgs, links, errors: pageErrors };
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

function expectRendered(c: PageCheck, figures: number): void {
  expect(c.images.length).toBe(figures);
  for (const i of c.images) expect(i.width, i.src).toBeGreaterThan(300);
  for (const s of c.svgs) {
    expect(s.axes, `${s.src}: axes`).toBeGreaterThanOrEqual(2);
    expect(s.marks, `${s.src}: data marks`).toBeGreaterThanOrEqual(1);
  }
  expect(c.links.length).toBeGreaterThan(0);
  for (const l of c.links) expect(l.status, l.href).toBe(200);
  expect(c.errors).toEqual([]);
}

describe.skipIf(!hasChromium)(`the page in headless Chromium${hasChromium ? '' : ` (skipped: no Chromium at ${CHROMIUM}; Debian: apt-get install -y chromium)`}`, () => {
  let root: string;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'hamcheck-page-'));
    await smallPage(root);
    ({ server, url } = await serve(root));
  }, 120_000);
  afterAll(async () => {
    server?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('a page from small configurations: every figure rendered (decoded image; SVG with axes and data marks), no console errors, no broken links; screenshot at reports/paper/screenshot-small.png', async () => {
    await mkdir(join(PACKAGE_ROOT, 'reports', 'paper'), { recursive: true });
    const shot = join(PACKAGE_ROOT, 'reports', 'paper', 'screenshot-small.png');
    const c = await checkPage(`${url}/paper/index.html`, shot);
    expectRendered(c, 4);
    expect((await stat(shot)).size).toBeGreaterThan(10_000);
  }, 120_000);

  it.skipIf(!hasGenerated)(`the generated reports/paper/index.html${hasGenerated ? '' : ' (skipped: not generated — run npm start)'}: the same checks, screenshot at reports/paper/screenshot.png`, async () => {
    const gen = await serve(join(PACKAGE_ROOT, 'reports'));
    try {
      const c = await checkPage(`${gen.url}/paper/index.html`, join(PACKAGE_ROOT, 'reports', 'paper', 'screenshot.png'));
      expectRendered(c, c.images.length);
      expect(c.images.length).toBeGreaterThanOrEqual(1);
    } finally {
      gen.server.close();
    }
  }, 120_000);
});
