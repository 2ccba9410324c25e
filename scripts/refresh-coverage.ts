/**
 * Refreshes the coverage read model through the running gateway.
 *
 *   npm run refresh [-- --years 2024,2025 --provinces 31,04]
 *
 * Defaults: every year of the plan period, and the provinces that hold sector data according
 * to { dataProvenance { provinces } } (every province when that is empty).
 */
import { parseArgs } from 'node:util';
import { DEFAULT_GATEWAY_PORT, loadConfigOrExit, subgraphEnvSchema, type SubgraphConfig } from '../lib/config.ts';
import { devClientToken } from '../lib/auth/dev-tokens.ts';
import type { Kysely } from 'kysely';
import { connect } from '../lib/db.ts';
import { DATA_YEARS, todayInVietnam } from '../lib/periods.ts';
import type { CoverageDB } from '../subgraphs/coverage/db/tables.ts';
import { refreshPattern } from '../subgraphs/coverage/patterns.ts';
import { refreshCommuneYears, refreshCoverage, type RefreshOptions } from '../subgraphs/coverage/refresh.ts';
import { BASIS_DATES, refreshBases } from '../subgraphs/coverage/refresh-basis.ts';

/** Provinces holding sector data, as the graph itself says; all provinces of any snapshot otherwise. */
export async function provincesWithData(gatewayUrl: string, headers: Record<string, string> = {}): Promise<string[]> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      query: `{ dataProvenance { provinces } a: provinces(date: "2021-11-01") { code } b: provinces(date: "${todayInVietnam()}") { code } }`,
    }),
  });
  const { data } = (await res.json()) as {
    data: { dataProvenance: { provinces: string[] }; a: { code: string }[]; b: { code: string }[] };
  };
  if (data.dataProvenance.provinces.length) return data.dataProvenance.provinces;
  return [...new Set([...data.a, ...data.b].map((p) => p.code))].sort();
}

/** Whether any province-year of the read model has been refreshed, as the graph's public `coverageFreshness` says. */
export async function readModelRefreshed(gatewayUrl: string): Promise<boolean> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ coverageFreshness { year } }' }),
  });
  const body = (await res.json()) as { data?: { coverageFreshness: { year: number }[] }; errors?: { message: string }[] };
  if (!body.data) throw new Error(`coverageFreshness failed: ${body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`}`);
  return body.data.coverageFreshness.length > 0;
}

/** The ADMIN token the refresh reads the graph with: REFRESH_TOKEN, or in development one signed with the local key. */
export async function refreshToken(env: NodeJS.ProcessEnv = process.env): Promise<Record<string, string>> {
  return {
    authorization: `Bearer ${env.REFRESH_TOKEN ?? (await devClientToken({ subject: 'coverage-refresh', role: 'ADMIN' }, '1h', env))}`,
  };
}

/** Refreshes the given years and provinces; by default the plan period and the provinces holding sector data (an ADMIN token only). */
export async function refreshAll(
  db: Kysely<CoverageDB>,
  gatewayUrl: string,
  headers: Record<string, string>,
  scope: {
    years?: number[];
    provinces?: string[];
    patterns?: RefreshOptions['patterns'];
    /** Runs once the figures as filed are stored, before the geographies of a date are computed. */
    afterAsFiled?: (years: number[]) => Promise<void>;
  } = {},
) {
  await requireAdmin(gatewayUrl, headers);
  const options = {
    gatewayUrl,
    years: scope.years ?? [...DATA_YEARS],
    provinceCodes: scope.provinces ?? (await provincesWithData(gatewayUrl, headers)),
    headers,
    patterns: scope.patterns,
  };
  const started = performance.now();
  const asFiled = await refreshCoverage(db, options);
  await scope.afterAsFiled?.(options.years);
  const asFiledSeconds = (performance.now() - started) / 1000;
  // The geographies of a date come second: figures as filed are served (and fast) before they start.
  const bases = await refreshBases(db, options);
  return { ...asFiled, ...bases, asFiledSeconds, basesSeconds: (performance.now() - started) / 1000 - asFiledSeconds };
}

/**
 * Refuses a token that is not ADMIN's: sensitive measures (the fund's disbursements) would read
 * as null, and their indicators as NO_DATA, without any error.
 */
async function requireAdmin(gatewayUrl: string, headers: Record<string, string>): Promise<void> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ viewer { role } }' }),
  });
  const role = res.ok ? ((await res.json()) as { data?: { viewer?: { role?: string } } }).data?.viewer?.role : `none (HTTP ${res.status})`;
  if (role !== 'ADMIN')
    throw new Error(`The coverage refresh reads sensitive measures and needs an ADMIN token (REFRESH_TOKEN); the gateway saw ${role}.`);
}

/**
 * After an import: refreshes exactly the commune-years its stored rows changed (a cost that
 * follows the file, not its provinces), then each year's suppression pattern. The figures are
 * served from `figuresSeconds` on; the geographies of the basis dates follow at the next full
 * refresh (a province-scoped rebase would rebuild every province's basis rows from one's).
 */
export async function refreshImported(
  db: Kysely<CoverageDB>,
  gatewayUrl: string,
  headers: Record<string, string>,
  communeYears: readonly { year: number; province: string; code: string; validFrom: string }[],
) {
  const started = performance.now();
  await requireAdmin(gatewayUrl, headers);
  const result = await refreshCommuneYears(db, { gatewayUrl, headers, patterns: 'on-first-use' }, communeYears);
  const figuresSeconds = (performance.now() - started) / 1000;
  for (const year of new Set(communeYears.map((c) => c.year))) await refreshPattern(db, year);
  return { ...result, figuresSeconds, patternsSeconds: (performance.now() - started) / 1000 - figuresSeconds };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { years: { type: 'string' }, provinces: { type: 'string' } } });
  const config = loadConfigOrExit(subgraphEnvSchema('coverage')) as SubgraphConfig;
  const gatewayUrl = process.env.GATEWAY_URL ?? `http://127.0.0.1:${process.env.PORT ?? DEFAULT_GATEWAY_PORT}/graphql`;
  const database = connect<CoverageDB>(config.database);
  try {
    const result = await refreshAll(database.db, gatewayUrl, await refreshToken(), {
      years: values.years?.split(',').map(Number),
      provinces: values.provinces?.split(','),
    });
    process.stdout.write(
      `refreshed ${result.communeYears} commune-years in ${result.provinceYears} province-years in ${result.asFiledSeconds.toFixed(1)} s, ` +
        `then ${result.basisYears} basis-years (the geographies of ${BASIS_DATES.join(' and ')}) in ${result.basesSeconds.toFixed(1)} s\n`,
    );
  } finally {
    await database.close();
  }
}
