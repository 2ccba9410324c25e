/**
 * Imports an agency export file (CSV or XLSX) into that agency's database, then refreshes the
 * coverage read model for exactly the commune-years the file changed.
 *
 *   npm run import -- --agency health --file round.xlsx [--template checkups] [--policy valid-rows]
 *                     [--rejected rejected.csv] [--no-refresh]
 *
 * The database is the one the services use (DATABASE_URL or <AGENCY>_DATABASE_URL; the embedded
 * one of `npm start` by default). The refresh goes through the running gateway (GATEWAY_URL).
 * Exit codes: 0 stored (ACCEPTED or PARTIAL), 2 the file was rejected, 64 bad arguments.
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_GATEWAY_PORT, parseConfig, subgraphEnvSchema, type SubgraphName } from '../lib/config.ts';
import { connect, migrate } from '../lib/db.ts';
import { writeRejectedCsv } from '../lib/import/rejected.ts';
import { importFile, ImportRefused, type ImportSummary } from '../lib/import/run.ts';
import type { ImportTemplate } from '../lib/import/template.ts';
import type { CoverageDB } from '../subgraphs/coverage/db/tables.ts';
import { SUBGRAPHS } from '../subgraphs/index.ts';
import { DEFAULT_EMBEDDED_PORT } from './embedded-db.ts';
import { refreshImported, refreshToken } from './refresh-coverage.ts';

const { values } = parseArgs({
  options: {
    agency: { type: 'string' },
    file: { type: 'string' },
    template: { type: 'string' },
    policy: { type: 'string', default: 'all-or-nothing' },
    rejected: { type: 'string' },
    'no-refresh': { type: 'boolean', default: false },
    submitter: { type: 'string', default: `cli:${process.env.USER ?? 'admin'}` },
  },
});
const usage = (message: string): never => {
  process.stderr.write(
    `${message}\nusage: npm run import -- --agency <health|labour|education|culture> --file <path> [--template name] [--policy all-or-nothing|valid-rows] [--rejected out.csv] [--no-refresh]\n`,
  );
  process.exit(64);
};
if (!values.agency || !values.file) usage('--agency and --file are required');
/** The template for an agency and an optional template name (an agency with one template needs none). */
function findTemplate(agency: string, name?: string): ImportTemplate<any> | { error: string } {
  const withImports = Object.values(SUBGRAPHS)
    .filter((s) => s.imports)
    .map((s) => s.name);
  const templates = (SUBGRAPHS as Record<string, { imports?: Record<string, ImportTemplate<any>> }>)[agency]?.imports;
  if (!templates) return { error: `--agency must be one of ${withImports.join(', ')}` };
  const names = Object.keys(templates);
  const chosen = name ?? (names.length === 1 ? names[0] : undefined);
  return (chosen && templates[chosen]) || { error: `--template must be one of ${names.join(', ')}` };
}
const template = findTemplate(values.agency!, values.template);
if ('error' in template) usage(template.error);
const policy =
  values.policy === 'valid-rows'
    ? 'VALID_ROWS'
    : values.policy === 'all-or-nothing'
      ? 'ALL_OR_NOTHING'
      : usage(`unknown policy ${values.policy}`);
const agency = values.agency as SubgraphName;

const env = {
  ...process.env,
  DATABASE_URL:
    process.env.DATABASE_URL ?? `postgres://postgres@127.0.0.1:${process.env.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_PORT}/postgres`,
};
const settings = parseConfig(subgraphEnvSchema(agency), env).database as { url: string; schema: string };
const database = connect<any>({ ...settings, statementTimeoutMs: 0 });
try {
  await migrate(database.db, settings.schema, SUBGRAPHS[agency].migrations);
  const started = performance.now();
  const summary = await importFile(database, template as Exclude<typeof template, { error: string }>, {
    path: values.file!,
    schema: settings.schema,
    policy,
    submitter: { subject: values.submitter!, role: 'ADMIN', area: [] },
    onProgress: (rows) => process.stdout.write(`progress ${rows}\n`),
  });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ ...summary, seconds: Number(seconds.toFixed(2)) }, null, 2)}\n`);
  if (values.rejected && summary.rejected) {
    const lines = await writeRejectedCsv(database.db, summary.batchId, createWriteStream(values.rejected));
    process.stdout.write(`${lines} rejections written to ${values.rejected}\n`);
  }
  if (summary.communeYears.length && !values['no-refresh']) await refresh(summary);
  process.exitCode = summary.status === 'REJECTED' ? 2 : 0;
} catch (err) {
  if (err instanceof ImportRefused) {
    process.stderr.write(`${err.code}: ${err.message}\n`);
    process.exitCode = 2;
  } else throw err;
} finally {
  await database.close();
}

/** Refreshes the touched commune-years through the running gateway; says how to do it later when it is not running. */
async function refresh({ communeYears, provinceYears }: ImportSummary) {
  const gatewayUrl = process.env.GATEWAY_URL ?? `http://127.0.0.1:${process.env.PORT ?? DEFAULT_GATEWAY_PORT}/graphql`;
  const coverageSettings = parseConfig(subgraphEnvSchema('coverage'), env).database as { url: string; schema: string };
  const coverage = connect<CoverageDB>(coverageSettings);
  try {
    const result = await refreshImported(coverage.db, gatewayUrl, await refreshToken(), communeYears);
    process.stdout.write(
      `refreshed ${result.communeYears} commune-years of ${provinceYears.map((p) => `${p.province}/${p.year}`).join(', ')}: figures in ${result.figuresSeconds.toFixed(2)} s, ` +
        `suppression patterns in ${result.patternsSeconds.toFixed(2)} s (the basis geographies follow at the next npm run refresh)\n`,
    );
  } catch (err) {
    const years = [...new Set(provinceYears.map((p) => p.year))].join(',');
    const provinces = [...new Set(provinceYears.map((p) => p.province))].join(',');
    process.stderr.write(
      `coverage refresh not done (${(err as Error).message}); run: npm run refresh -- --years ${years} --provinces ${provinces}\n`,
    );
  } finally {
    await coverage.close();
  }
}
