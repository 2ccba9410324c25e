/** Renders one `npm run bench` run (bench/results.ts) into docs/benchmarks.md, an SVG chart and the raw JSON. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchResults, ScenarioResult, SystemMeasure } from './results.ts';

// ---------------------------------------------------------------------------------------------
// Formatting

/** One decimal below 100 (where a tenth is still meaningful), none above. */
const ms = (x: number): string => (x < 100 ? x.toFixed(1) : x.toFixed(0));
const count = (x: number): string => (Number.isInteger(x) ? x.toLocaleString('en-US') : x.toFixed(2));
const perSubgraph = (r: Record<string, number>): string =>
  Object.entries(r)
    .map(([k, v]) => `${k} ${count(v)}`)
    .join(', ') || 'none';

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A code span that survives backticks inside the text. */
function code(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((m) => m.length));
  const ticks = '`'.repeat(longest + 1);
  return longest ? `${ticks} ${s} ${ticks}` : `${ticks}${s}${ticks}`;
}

function fenced(lang: string, body: string): string {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${body.trim()}\n${fence}`;
}

/** Markdown table; `align` has one 'l' or 'r' per column. */
function table(head: string[], rows: string[][], align = ''): string {
  // `<` too: GitHub would take `<Name>` in a system name for an HTML tag and drop it.
  const cell = (s: string) => s.replace(/\r?\n/g, ' ').replace(/[|<]/g, '\\$&');
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `|${head.map((_, i) => (align[i] === 'r' ? ' ---: |' : ' --- |')).join('')}`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

const bullets = (items: string[]): string => items.map((s) => `- ${s.trim().replace(/\n/g, '\n  ')}`).join('\n');

// ---------------------------------------------------------------------------------------------
// Markdown

export function renderMarkdown(results: BenchResults, chartFile: string): string {
  const r = results;
  const connections = [
    ...new Set(r.scenarios.flatMap((s) => s.systems.flatMap((m) => (m.throughput ? [m.throughput.connections] : [])))),
  ].sort((a, b) => a - b);
  const throughput = connections.length ? `, throughput at ${connections.join(' and ')} connections` : '';
  const out: string[] = [
    '# Benchmarks',
    `Measured on ${when(r.startedAt)} at scale ${r.scale} with ${code(r.command)}. ` +
      `All systems were measured in one run, interleaved A B A B after ${r.warmupRuns} warm-up runs; ` +
      `the tables give medians and p99; latency is at one connection (the load generator shares the ` +
      `${r.machine.cores}-core machine)${throughput}.`,
    `![Latency per scenario per system](${encodeURI(chartFile)})`,
    '## Goals',
    table(
      ['Ratio', 'Goal', 'Baseline (prototype)', 'Measured', 'Met', 'Basis'],
      r.ratios.map((q) => [
        q.name,
        q.goal,
        q.baseline,
        q.value === null ? '—' : q.value.toFixed(2),
        q.met === null ? '—' : q.met ? '✅ met' : '❌ not met',
        q.basis,
      ]),
      'lllrll',
    ),
    '## Machine and versions',
    table(
      ['Machine', ''],
      [
        ['CPU', r.machine.cpu],
        ['Cores', String(r.machine.cores)],
        ['Memory', `${r.machine.memoryGiB} GiB`],
        ['Kernel', r.machine.kernel],
        ['OS', r.machine.os],
      ],
    ),
    table(['Component', 'Version'], Object.entries(r.versions)),
    '## Dataset',
    `Database: ${r.dataset.database}. ${
      r.dataset.buildSeconds === null
        ? 'Build time not recorded'
        : `Built in ${count(r.dataset.buildSeconds)} s (seeding and filling the read model)`
    }${r.dataset.reused ? ', reused by this run' : ', by this run'}.`,
    table(
      ['Table', 'Rows'],
      Object.entries(r.dataset.rows).map(([t, n]) => [t, count(n)]),
      'lr',
    ),
  ];
  if (r.dataset.notes.length) out.push(bullets(r.dataset.notes));
  for (const s of r.scenarios) out.push(...scenario(s));
  if (r.refresh) {
    const rows = Object.entries(r.refresh.newRows)
      .map(([t, n]) => `${t} ${count(n)}`)
      .join(', ');
    out.push(
      '## Keeping the read model fresh',
      `After a day's new agency rows (${rows}), refreshing ${r.refresh.scope} took ${ms(r.refresh.seconds)} s ` +
        `and recomputed ${count(r.refresh.communeYears)} commune-years.`,
    );
  }
  if (r.embedded) {
    out.push(
      '## Embedded database (PGlite) vs PostgreSQL',
      `The same scenarios at scale ${r.embedded.scale}, on each database. ` +
        'These numbers are reported here only and are never mixed into the other ratios.',
      table(
        ['Scenario', 'PostgreSQL median ms', 'PGlite median ms', 'PGlite ÷ PostgreSQL'],
        r.embedded.scenarios.map((e) => [
          `${e.id}. ${e.title}`,
          ms(e.postgresMedianMs),
          ms(e.pgliteMedianMs),
          e.postgresMedianMs > 0 ? (e.pgliteMedianMs / e.postgresMedianMs).toFixed(2) : '—',
        ]),
        'lrrr',
      ),
    );
  }
  if (r.notes.length) out.push('## Notes', bullets(r.notes));
  return `${out.join('\n\n')}\n`;
}

function scenario(s: ScenarioResult): string[] {
  const ours = s.systems[0];
  const vsOurs = (m: SystemMeasure) => (ours && ours.medianMs > 0 ? (m.medianMs / ours.medianMs).toFixed(2) : '—');
  const out = [
    `## ${s.id}. ${s.title}`,
    s.description,
    fenced('graphql', s.query),
    fenced('json', JSON.stringify(s.variables, null, 2)),
    `Answer: ${count(s.answerBytes)} bytes.`,
    table(
      ['System', 'Runs', 'Median ms', 'p99 ms', 'Throughput', '× ours', 'Answer matches'],
      s.systems.map((m) => [
        m.system,
        String(m.runs),
        ms(m.medianMs),
        ms(m.p99Ms),
        m.throughput ? `${ms(m.throughput.requestsPerSecond)} req/s @ ${m.throughput.connections}` : '',
        vsOurs(m),
        m.answerMatches ? 'yes' : 'NO',
      ]),
      'lrrrrrl',
    ),
  ];
  const processes = s.systems.flatMap((m) =>
    m.processes.map((p) => [m.system, p.process, ms(p.cpuMsPerRun), p.peakRssMiB === null ? '—' : p.peakRssMiB.toFixed(0)]),
  );
  if (processes.length) out.push(table(['System', 'Process', 'CPU ms per run', 'Peak RSS MiB'], processes, 'llrr'));
  const perRequest = (label: string, pick: (m: SystemMeasure) => Record<string, number> | null | undefined) => {
    const lines = s.systems.flatMap((m) => {
      const r = pick(m);
      return r ? [`${m.system}: ${perSubgraph(r)}`] : [];
    });
    if (lines.length) out.push(label, bullets(lines));
  };
  perRequest('SQL statements per request, per subgraph:', (m) => m.statementsPerRequest);
  perRequest('Subgraph fetches per request:', (m) => m.fetchesPerRequest);
  const notes = s.systems.flatMap((m) => (m.note ? [`${m.system}: ${m.note}`] : []));
  if (notes.length) out.push(bullets(notes));
  return out;
}

// ---------------------------------------------------------------------------------------------
// SVG chart

// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#999999', '#000000'];

const xml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const n = (x: number): number => Math.round(x * 10) / 10;

export function renderChart(results: BenchResults): string {
  const width = 900;
  const left = 230; // room for system names
  const right = 830; // room for value labels
  const barH = 16;
  const names = [...new Set(results.scenarios.flatMap((s) => s.systems.map((m) => m.system)))];
  const colour = new Map(names.map((name, i) => [name, PALETTE[i % PALETTE.length]!]));

  const medians = results.scenarios.flatMap((s) => s.systems.map((m) => m.medianMs)).filter((v) => v > 0);
  // Decades shown: at least 1 ms .. 10 s; the lowest lies strictly below every median so each bar has a length.
  const lo = Math.min(0, Math.floor(Math.log10(Math.min(1, ...medians))));
  const hi = Math.max(4, Math.ceil(Math.log10(Math.max(1, ...medians))));
  const x = (v: number) => left + ((Math.log10(Math.max(v, 10 ** lo)) - lo) / (hi - lo)) * (right - left);

  const body: string[] = [];
  let y = 24;
  body.push(`<text x="10" y="${y}" font-size="15" font-weight="bold">Median latency per scenario per system</text>`);
  y += 14;
  names.forEach((name, i) => {
    const lx = 10 + (i % 3) * 290;
    const ly = y + Math.floor(i / 3) * 18;
    body.push(
      `<rect x="${lx}" y="${ly}" width="12" height="12" fill="${colour.get(name)}"/>`,
      `<text x="${lx + 18}" y="${ly + 11}">${xml(name)}</text>`,
    );
  });
  y += Math.ceil(names.length / 3) * 18 + 10;

  const plotTop = y;
  const bars: string[] = [];
  for (const s of results.scenarios) {
    y += 16;
    bars.push(`<text x="10" y="${y}" font-weight="bold">${xml(`${s.id}. ${s.title}`)}</text>`);
    y += 6;
    for (const m of s.systems) {
      const w = Math.max(1, x(m.medianMs) - left);
      bars.push(
        `<text x="${left - 6}" y="${y + 12}" text-anchor="end">${xml(m.system)}</text>`,
        `<rect data-scenario="${xml(s.id)}" data-system="${xml(m.system)}" x="${left}" y="${y}" width="${n(w)}" ` +
          `height="${barH}" fill="${colour.get(m.system)}"><title>${xml(`${m.system}: ${ms(m.medianMs)} ms`)}</title></rect>`,
        `<text x="${n(left + w + 4)}" y="${y + 12}">${ms(m.medianMs)} ms</text>`,
      );
      y += barH + 4;
    }
    y += 8;
  }
  const plotBottom = y;
  for (let k = lo; k <= hi; k++) {
    const gx = n(x(10 ** k));
    body.push(
      `<line x1="${gx}" y1="${plotTop}" x2="${gx}" y2="${plotBottom}" stroke="#dddddd"/>`,
      `<text x="${gx}" y="${plotBottom + 14}" text-anchor="middle">${Number((10 ** k).toPrecision(1))}</text>`,
    );
  }
  body.push(...bars); // after the gridlines so the bars are drawn over them
  body.push(
    `<text x="${(left + right) / 2}" y="${plotBottom + 32}" text-anchor="middle">median latency at one connection, ms (log scale)</text>`,
  );
  const height = plotBottom + 44;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="sans-serif" font-size="12" fill="#222222">`,
    '<title>Median latency per scenario per system</title>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Files

export async function writeReport(results: BenchResults, paths: { markdown: string; chart: string; json: string }): Promise<void> {
  // The markdown is read on GitHub, so the link is relative to it and uses forward slashes.
  const chartLink = path.relative(path.dirname(paths.markdown), paths.chart).split(path.sep).join('/');
  for (const p of [paths.markdown, paths.chart, paths.json]) await mkdir(path.dirname(p), { recursive: true });
  await writeFile(paths.chart, renderChart(results));
  await writeFile(paths.json, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(paths.markdown, renderMarkdown(results, chartLink));
}
