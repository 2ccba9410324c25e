import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderChart, renderMarkdown, writeReport } from '../bench/report.ts';
import type { BenchResults, SystemMeasure } from '../bench/results.ts';

const HIVE = 'Hive <Rust> & "planner"';
const HIVE_XML = 'Hive &lt;Rust&gt; &amp; &quot;planner&quot;';
const HIVE_MD = 'Hive \\<Rust> & "planner"';

function system(name: string, medianMs: number, extra: Partial<SystemMeasure> = {}): SystemMeasure {
  return {
    system: name,
    runs: 20,
    medianMs,
    p99Ms: medianMs * 1.2,
    processes: [{ process: 'gateway', cpuMsPerRun: medianMs / 2, peakRssMiB: 150.4 }],
    answerMatches: true,
    ...extra,
  };
}

const results: BenchResults = {
  startedAt: '2025-03-04T05:06:07.000Z',
  command: 'npm run bench -- --scale national',
  scale: 'national',
  machine: { cpu: 'Test CPU', cores: 2, memoryGiB: 8, kernel: '6.1.0', os: 'Debian 12' },
  versions: { node: '22.20.0', postgres: '17.2' },
  dataset: { database: 'bench_national', buildSeconds: null, reused: true, rows: { child: 1_234_567 }, notes: ['seed 1'] },
  warmupRuns: 5,
  scenarios: [
    {
      id: 'a',
      title: 'One commune',
      description: 'Coverage of one commune.',
      query: 'query ($code: String!) { commune(code: $code) { name } }',
      variables: { code: '00004' },
      answerBytes: 2048,
      systems: [
        system('ours', 10, {
          throughput: { connections: 16, requestsPerSecond: 812.4, medianMs: 19, p99Ms: 40, durationMs: 10_000 },
          statementsPerRequest: { geography: 1, coverage: 2 },
        }),
        system(HIVE, 15, { answerMatches: false, note: 'drops a field' }),
        system('SQL floor', 1000, { statementsPerRequest: null }),
      ],
    },
    {
      id: 'b',
      title: 'A province',
      description: 'Coverage of a province.',
      query: '{ province(code: "01") { name } }',
      variables: {},
      answerBytes: 100_000,
      systems: [system('ours', 250), system(HIVE, 4000), system('SQL floor', 2)],
    },
  ],
  ratios: [
    { name: 'ours vs floor', goal: '≤ 1.5', baseline: '3.1', value: 1.234, met: true, basis: 'median ours | floor, a' },
    { name: 'ours vs Hive', goal: '≤ 0.5', baseline: '0.9', value: 0.6666, met: false, basis: 'median ours ÷ Hive, b' },
    { name: 'not measured', goal: '≤ 1', baseline: '—', value: null, met: null, basis: 'skipped' },
  ],
  refresh: { newRows: { health_visit: 500 }, scope: 'one province', seconds: 12.34, communeYears: 300 },
  embedded: { scale: 'one province', scenarios: [{ id: 'a', title: 'One commune', postgresMedianMs: 10, pgliteMedianMs: 25 }] },
  notes: ['A note.'],
};

/** The bar rects of the chart, in document order. */
function bars(svg: string) {
  return [...svg.matchAll(/<rect data-scenario="([^"]*)" data-system="([^"]*)"[^>]* width="([\d.]+)" height="([\d.]+)"/g)].map((m) => ({
    scenario: m[1],
    system: m[2],
    width: Number(m[3]),
    height: Number(m[4]),
  }));
}

/** Every opening tag is closed in order, and no `&` starts something other than an entity. */
function wellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const [, close, name, selfClosing] of svg.matchAll(/<(\/?)([A-Za-z][\w:-]*)(?:\s[^<>]*?)?(\/?)>/g)) {
    if (close) {
      if (stack.pop() !== name) return false;
    } else if (!selfClosing) stack.push(name!);
  }
  return stack.length === 0 && !/&(?!(?:amp|lt|gt|quot|apos);)/.test(svg);
}

describe('benchmark report: markdown', () => {
  const md = renderMarkdown(results, 'benchmarks.svg');

  it('shows each goal with two decimals and whether it was met', () => {
    expect(md).toContain('| ours vs floor | ≤ 1.5 | 3.1 | 1.23 | ✅ met | median ours \\| floor, a |');
    expect(md).toContain('| ours vs Hive | ≤ 0.5 | 0.9 | 0.67 | ❌ not met | median ours ÷ Hive, b |');
    expect(md).toContain('| not measured | ≤ 1 | — | — | — | skipped |');
  });

  it('gives each system its median, p99, throughput and ratio to ours', () => {
    expect(md).toContain('| ours | 20 | 10.0 | 12.0 | 812 req/s @ 16 | 1.00 | yes |');
    expect(md).toContain(`| ${HIVE_MD} | 20 | 15.0 | 18.0 |  | 1.50 | NO |`);
    expect(md).toContain('| SQL floor | 20 | 1000 | 1200 |  | 100.00 | yes |');
    expect(md).toContain(`| ${HIVE_MD} | 20 | 4000 | 4800 |  | 16.00 | yes |`);
    expect(md).toContain('| SQL floor | 20 | 2.0 | 2.4 |  | 0.01 | yes |');
  });

  it('renders the scenario, resources, statements, summary and optional sections', () => {
    expect(md).toContain('```graphql\nquery ($code: String!) { commune(code: $code) { name } }\n```');
    expect(md).toContain('```json\n{\n  "code": "00004"\n}\n```');
    expect(md).toContain('Answer: 2,048 bytes.');
    expect(md).toContain('| SQL floor | gateway | 500 | 150 |');
    expect(md).toContain('- ours: geography 1, coverage 2');
    expect(md).not.toContain('- SQL floor: ');
    expect(md).toContain(`- ${HIVE}: drops a field`);
    expect(md).toContain('`npm run bench -- --scale national`');
    expect(md).toContain('2025-03-04 05:06 UTC');
    expect(md).toContain('2-core machine), throughput at 16 connections.');
    expect(md).toContain('![Latency per scenario per system](benchmarks.svg)');
    expect(md).toContain('Build time not recorded, reused by this run.');
    expect(renderMarkdown({ ...results, dataset: { ...results.dataset, buildSeconds: 529, reused: false } }, 'c.svg')).toContain(
      'Built in 529 s (seeding and filling the read model), by this run.',
    );
    expect(md).toContain('| child | 1,234,567 |');
    expect(md).toContain('took 12.3 s and recomputed 300 commune-years');
    expect(md).toContain('never mixed into the other ratios');
    expect(md).toContain('| a. One commune | 10.0 | 25.0 | 2.50 |');
    expect(md).toMatch(/## Notes\n\n- A note\.\n$/);
    expect(renderMarkdown({ ...results, refresh: null, embedded: undefined }, 'x.svg')).not.toMatch(/fresh|PGlite/);
  });
});

describe('benchmark report: chart', () => {
  const svg = renderChart(results);

  it('is a self-contained, well-formed SVG', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(wellFormed(svg)).toBe(true);
    expect(wellFormed('<svg><text>a & b</text></svg>')).toBe(false); // the check itself can fail
    expect(svg).not.toMatch(/<script|<style|href=|@import|url\(/);
  });

  it('draws one bar per scenario and system, with lengths on a log scale', () => {
    const drawn = bars(svg);
    expect(drawn.map((b) => `${b.scenario}/${b.system}`)).toEqual([
      'a/ours',
      `a/${HIVE_XML}`,
      'a/SQL floor',
      'b/ours',
      `b/${HIVE_XML}`,
      'b/SQL floor',
    ]);
    for (const b of drawn) expect(b.width > 0 && b.height > 0).toBe(true);
    const w = drawn.map((b) => b.width);
    // Medians: a = 10, 15, 1000; b = 250, 4000, 2.
    expect(w[0]! < w[1]! && w[1]! < w[2]!).toBe(true);
    expect(w[5]! < w[3]! && w[3]! < w[4]!).toBe(true);
    // Log scale: length differences are proportional to log10 of the median ratios (10 → 1000 is two decades).
    const decade = (w[2]! - w[0]!) / 2;
    expect(decade).toBeGreaterThan(50);
    expect(w[1]! - w[0]!).toBeCloseTo(decade * Math.log10(15 / 10), 0);
    expect(w[4]! - w[3]!).toBeCloseTo(decade * Math.log10(4000 / 250), 0);
    expect(w[3]! - w[5]!).toBeCloseTo(decade * Math.log10(250 / 2), 0);
  });

  it('labels groups, ticks, values and a legend, escaping XML', () => {
    expect(svg).toContain('>a. One commune</text>');
    expect(svg).toContain('>b. A province</text>');
    for (const tick of ['1', '10', '100', '1000', '10000']) expect(svg).toContain(`text-anchor="middle">${tick}</text>`);
    expect(svg).toContain('>15.0 ms</text>');
    expect(svg).toContain('>4000 ms</text>');
    expect(svg).not.toContain('<Rust>');
    for (const name of ['ours', HIVE_XML, 'SQL floor']) {
      expect(svg).toMatch(new RegExp(`<rect [^>]*fill="(#\\w+)"/>\\n<text [^>]*>${name}</text>`));
    }
    // The same system has the same colour in both groups.
    const fills = [...svg.matchAll(/data-system="([^"]*)"[^>]* fill="(#\w+)"/g)].map((m) => `${m[1]}=${m[2]}`);
    expect(new Set(fills).size).toBe(3);
  });
});

describe('benchmark report: files', () => {
  it('writes the markdown, chart and JSON, linking the chart relatively', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-report-'));
    try {
      const paths = {
        markdown: path.join(dir, 'docs', 'benchmarks.md'),
        chart: path.join(dir, 'docs', 'img', 'benchmarks.svg'),
        json: path.join(dir, 'out', 'benchmarks.json'),
      };
      await writeReport(results, paths);
      const md = await readFile(paths.markdown, 'utf8');
      expect(md).toContain('![Latency per scenario per system](img/benchmarks.svg)');
      expect(await readFile(paths.chart, 'utf8')).toBe(renderChart(results));
      const json = await readFile(paths.json, 'utf8');
      expect(JSON.parse(json)).toEqual(results);
      expect(json).toContain('\n  "startedAt": ');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
