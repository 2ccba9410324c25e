import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayEnvSchema, parseConfig, SUBGRAPH_NAMES } from '../lib/config.ts';
import { startGateway } from '../gateway/server.ts';
import { IDE_TITLE } from '../gateway/ide.ts';
import { PORTAL_CSP } from '../gateway/portal.ts';
import { launchOfflineBrowser, type OfflineBrowser, type RequestLog } from './support/browser.ts';
import { clientToken, testSecurity } from './support/keys.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';
import { testLogger } from './support/silent-logger.ts';

/** Screenshots are kept here for people to look at (gitignored). */
const ARTIFACTS = new URL('../test-results/', import.meta.url);

let sg: TestSupergraph;
let browser: OfflineBrowser;
let origin: string;

beforeAll(async () => {
  // Hải Phòng: the plans' targets apply to its (mountainous) communes.
  [sg, browser] = await Promise.all([
    startTestSupergraph({ demo: { seed: 9, provinces: ['31'], childrenPerCommune: 6 } }),
    launchOfflineBrowser(),
  ]);
  origin = new URL(sg.gateway.url).origin;
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await sg?.stop();
});

/** Nothing left the machine: every request went to loopback, and none was even attempted elsewhere. */
function expectOffline(log: RequestLog) {
  expect(log.blocked).toEqual([]);
  expect(log.requests.length).toBeGreaterThan(0);
  for (const r of log.requests) expect(new URL(r.url).hostname).toBe('127.0.0.1');
}

describe('the IDE at GET /graphql', () => {
  const getIde = (path = '/graphql', accept = 'text/html,application/xhtml+xml,*/*;q=0.8') =>
    fetch(`${origin}${path}`, { headers: { accept, 'apollo-require-preflight': 'true' } });

  it('is one self-contained page: no external script, style, font or image, and a CSP that allows only its own script', async () => {
    const res = await getIde();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain(`<title>${IDE_TITLE}</title>`);
    // Whatever the page could load by itself: src/href attributes, CSS url() and @import.
    const references = [
      ...[...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1]!),
      ...[...html.matchAll(/url\(\s*["']?([^"')]*)/gi)].map((m) => m[1]!),
      ...[...html.matchAll(/@import\s+(?:url\()?["']?([^"');\s]*)/gi)].map((m) => m[1]!),
    ];
    expect(references.length).toBeGreaterThan(10);
    expect(references.filter((r) => /^(https?:)?\/\//i.test(r))).toEqual([]);

    const csp = res.headers.get('content-security-policy')!;
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]!, 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}';`);
    expect(csp).toMatch(/^default-src 'none';/);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('is served gzipped with a validator, and revalidates to 304', async () => {
    const res = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const etag = res.headers.get('etag')!;
    await res.arrayBuffer();
    const again = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html', 'accept-encoding': 'gzip', 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('leaves GraphQL to GraphQL clients: a GET asking for JSON is an operation, a POST is an operation', async () => {
    const get = await getIde('/graphql?query=%7B__typename%7D', 'application/graphql-response+json, application/json');
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const post = await sg.query('{ __typename }', undefined, { accept: 'text/html, application/json' });
    expect(post.data).toEqual({ __typename: 'Query' });
  });

  it("is off when IDE=false, and by default in production; Apollo's CDN landing page never comes back", async () => {
    const production = { NODE_ENV: 'production', AUTH_JWKS_FILE: 'jwks.json', GATEWAY_PRIVATE_KEY_FILE: 'key.json' };
    expect(parseConfig(gatewayEnvSchema, production).ide).toBe(false);
    expect(parseConfig(gatewayEnvSchema, { ...production, IDE: 'true' }).ide).toBe(true);
    expect(parseConfig(gatewayEnvSchema, {}).ide).toBe(true);
    expect(() => parseConfig(gatewayEnvSchema, { IDE: 'yes' })).toThrow(/IDE/);

    const config = parseConfig(gatewayEnvSchema, {
      PORT: '0',
      IDE: 'false',
      ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, sg.subgraphs[n].url])),
    });
    const closed = await startGateway(config, testLogger('gateway'), await testSecurity());
    try {
      const res = await fetch(closed.url, { headers: { accept: 'text/html' } });
      const body = await res.text();
      expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
      expect(body).not.toMatch(/<html|apollographql\.com|embeddable-sandbox/i);
      expect(res.status).toBe(400);
    } finally {
      await closed.stop();
    }
  });

  it('runs a query with a bearer token in headless Chromium, with nothing leaving the machine', async () => {
    const token = await clientToken({ role: 'ANALYST', subject: 'ide-analyst' });
    const expected = await sg.query('{ commune(code: "11311", date: "2024-12-31") { fullName } }');
    const name = expected.data.commune.fullName as string;
    expect(name).toBeTruthy();

    const { page, log } = await browser.newPage();
    await page.goto(`${origin}/graphql`);
    // The schema arrives by introspection: the docs list the root type once it has.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.getByText('Query', { exact: true }).first().waitFor();
    // The query builder (GraphiQL Explorer) lists the root fields to click.
    await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    await page.locator('.graphiql-explorer-root').getByText('communeCoverage', { exact: true }).first().waitFor();

    await page.locator('.graphiql-query-editor .monaco-editor').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('query Who { viewer { role subject } commune(code: "11311", date: "2024-12-31") { fullName } }');
    await page.locator('.graphiql-editor-tool .monaco-editor').last().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(JSON.stringify({ authorization: `Bearer ${token}` }));
    await page.getByRole('button', { name: /Execute query/ }).click();

    const result = page.locator('.graphiql-response');
    await expect.poll(() => result.innerText(), { timeout: 20_000 }).toMatch(/ANALYST/);
    const text = (await result.innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/"role": "ANALYST"/);
    expect(text).toMatch(/"subject": "ide-analyst"/);
    expect(text).toContain(`"fullName": "${name}"`);
    await page.screenshot({ path: new URL('ide.png', ARTIFACTS).pathname });
    // The token typed under Headers is not written to the browser's storage.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).toContain('query Who');
    expect(stored).not.toContain(token);

    const operations = log.requests.filter((r) => r.method === 'POST' && r.body?.includes('query Who'));
    expect(operations).toHaveLength(1);
    expect(operations[0]!.headers.authorization).toBe(`Bearer ${token}`);
    expectOffline(log);
    expect(log.consoleErrors).toEqual([]);
  });
});

describe('the reference portal page', () => {
  const manifest = JSON.parse(readFileSync(new URL('../schema/persisted-queries/commune-portal.json', import.meta.url), 'utf8'));
  const operation = manifest.operations.find((o: { name: string }) => o.name === 'PortalCommune').query as string;
  const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
  const DATE = '2024-12-31';

  // The page's formatting, restated: en-GB numbers, one decimal for percentages, "—" for nothing.
  const STATUS = {
    MET: 'met',
    NOT_MET: 'not met',
    NO_TARGET: 'no target',
    NO_DATA: 'no data',
    NOT_REPORTED: 'not reported',
    SUPPRESSED: 'hidden',
  } as Record<string, string>;
  const count = (n: number | null) => (n == null ? '—' : n.toLocaleString('en-GB', { maximumFractionDigits: 0 }));
  const value = (v: number | null, unit: string) => (v == null ? '—' : unit === 'PERCENT' ? `${v.toFixed(1)} %` : `${count(v)} ₫`);
  const target = (f: Figure, unit: string) =>
    f.target == null
      ? '—'
      : `${f.targetComparison === 'AT_MOST' ? '≤' : '≥'} ${f.targetTerm === 'VALUE' ? value(f.target, unit) : `${count(f.target)} (count)`}`;
  interface Figure {
    indicator: string;
    value: number | null;
    numerator: number | null;
    denominator: number | null;
    target: number | null;
    targetTerm: string | null;
    targetComparison: string | null;
    status: string;
    completeness: number | null;
  }

  it('serves plain files under a CSP with no inline code, and only commune codes as pages', async () => {
    const page = await fetch(`${origin}/portal/communes/11470?date=${DATE}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(PORTAL_CSP);
    expect(PORTAL_CSP).not.toMatch(/unsafe|https?:|\*/);
    const html = await page.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|\sstyle=|\son[a-z]+=/i);
    const references = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
    expect(references.sort()).toEqual(['/portal/commune.js', '/portal/portal.css']);
    for (const [path, type] of [
      ['/portal/commune.js', 'text/javascript'],
      ['/portal/chart.js', 'text/javascript'],
      ['/portal/portal.css', 'text/css'],
    ]) {
      const res = await fetch(`${origin}${path}`);
      expect(res.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
      expect(await res.text()).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    }
    for (const bad of ['/portal/communes/1147', '/portal/communes/11470/x', '/portal/communes/../../package.json', '/portal/other.js']) {
      expect((await fetch(`${origin}${bad}`)).status, bad).toBe(404);
    }
  });

  it('sends the hash of its manifest operation, which a gateway enforcing the safelist runs and nothing else', async () => {
    const script = readFileSync(new URL('../portal/commune.js', import.meta.url), 'utf8');
    const hash = createHash('sha256').update(operation).digest('hex');
    expect(script).toContain(`sha256: '${hash}'`);
    expect(manifest).toMatchObject({ client: 'commune-portal', safelist: true });
    // The same client may not run anything else, not even this operation with a field more.
    const widened = await sg.query(
      operation.replace('code name fullName', 'code name fullName nameEn'),
      { code: '11470', date: DATE },
      { 'apollographql-client-name': 'commune-portal' },
    );
    expect(widened.status).toBe(403);
    expect(widened.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_ALLOWED');
  });

  it("renders a commune in headless Chromium, offline, with the API's figures, lineage and provenance", async () => {
    const found = await sg.query(
      `{ communes(provinceCode: "31", date: "${DATE}", classification: MOUNTAINOUS, first: 1) { nodes { code } } }`,
    );
    const code = found.data.communes.nodes[0].code as string;
    const years = YEARS.map(
      (y) => `y${y}: coverage(year: ${y}) { indicator value numerator denominator target targetTerm targetComparison status completeness }`,
    ).join(' ');
    const api = await sg.query(
      `query Expected($code: String!, $date: Date!) {
      dataProvenance { sectorData sectorDataSynthetic } indicators { id nameEn unit }
      commune(code: $code, date: $date) { fullName province { name }
        formedFrom: lineage(direction: BACKWARD) { commune { code validFrom } }
        became: lineage(direction: FORWARD) { commune { code validFrom fullName } } ${years} } }`,
      { code, date: DATE },
    );
    expect(api.errors).toBeUndefined();
    const { commune, indicators, dataProvenance } = api.data;

    const { page, log } = await browser.newPage();
    await page.goto(`${origin}/portal/communes/${code}?date=${DATE}`);
    await page.locator('body[data-state="ready"]').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: new URL(`portal-commune-${code}.png`, ARTIFACTS).pathname, fullPage: true });
    expect(statSync(new URL(`portal-commune-${code}.png`, ARTIFACTS)).size).toBeGreaterThan(50_000);

    expect(await page.locator('h1').innerText()).toBe(commune.fullName);
    expect(await page.locator('#place').innerText()).toContain(commune.province.name);
    expect(dataProvenance.sectorDataSynthetic).toBe(true);
    expect(await page.locator('#provenance').innerText()).toMatch(
      new RegExp(`^Synthetic data\\. ${dataProvenance.sectorData.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    const links = async (list: string) => page.locator(`#${list} a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const hrefs = (steps: { commune: { code: string; validFrom: string } }[]) =>
      steps.map((s) => `/portal/communes/${s.commune.code}?date=${s.commune.validFrom}`);
    expect(await links('formed-from')).toEqual(hrefs(commune.formedFrom));
    expect(await links('became')).toEqual(hrefs(commune.became));
    expect(commune.became.length).toBeGreaterThan(0);

    // Every figure of every indicator and year, as the table shows it and as the chart draws it.
    let bars = 0,
      targets = 0,
      hidden = 0;
    expect(await page.locator('figure.indicator').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-indicator')))).toEqual(
      indicators.map((i: { id: string }) => i.id),
    );
    for (const indicator of indicators as { id: string; nameEn: string; unit: string }[]) {
      const figure = page.locator(`figure[data-indicator="${indicator.id}"]`);
      expect(await figure.locator('h3').innerText()).toBe(indicator.nameEn);
      const shown = await figure
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => Object.fromEntries([...row.querySelectorAll('td')].map((td) => [td.dataset.field, td.textContent]))),
        );
      const expected = YEARS.map((y) => {
        const f = (commune[`y${y}`] as Figure[]).find((v) => v.indicator === indicator.id)!;
        return {
          value: value(f.value, indicator.unit),
          numerator: count(f.numerator),
          denominator: count(f.denominator),
          target: target(f, indicator.unit),
          status: STATUS[f.status],
          completeness: f.completeness == null ? '—' : `${Math.round(f.completeness * 100)} %`,
        };
      });
      expect(shown, indicator.id).toEqual(expected);

      const figures = YEARS.map((y) => ({ year: String(y), ...(commune[`y${y}`] as Figure[]).find((v) => v.indicator === indicator.id)! }));
      const drawnBars = await figure
        .locator('rect.bar')
        .evaluateAll((rs) => rs.map((r) => [r.getAttribute('data-year'), Number(r.getAttribute('data-value'))]));
      expect(drawnBars).toEqual(figures.filter((f) => f.value != null).map((f) => [f.year, f.value]));
      const drawnTargets = await figure
        .locator('line.target')
        .evaluateAll((ls) => ls.map((l) => [l.getAttribute('data-year'), Number(l.getAttribute('data-target'))]));
      expect(drawnTargets).toEqual(figures.filter((f) => f.target != null && f.targetTerm === 'VALUE').map((f) => [f.year, f.target]));
      const gaps = await figure.locator('text.gap').evaluateAll((ts) => ts.map((t) => [t.getAttribute('data-year'), t.textContent]));
      expect(gaps).toEqual(figures.filter((f) => f.value == null).map((f) => [f.year, f.status === 'SUPPRESSED' ? 'hidden' : 'no data']));
      bars += drawnBars.length;
      targets += drawnTargets.length;
      hidden += gaps.filter(([, text]) => text === 'hidden').length;
    }
    // The commune was chosen for a page worth checking: figures, the plan's targets and hidden cells.
    expect(bars).toBeGreaterThanOrEqual(12);
    expect(targets).toBeGreaterThanOrEqual(12);
    expect(hidden).toBeGreaterThan(0);

    // One request to the API, carrying the client name and the hash, never the operation's text.
    const calls = log.requests.filter((r) => new URL(r.url).pathname === '/graphql');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.headers['apollographql-client-name']).toBe('commune-portal');
    const body = JSON.parse(calls[0]!.body!);
    expect(body).toEqual({
      operationName: 'PortalCommune',
      variables: { code, date: DATE },
      extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(operation).digest('hex') } },
    });
    expectOffline(log);
    expect(log.consoleErrors).toEqual([]);

    // Its lineage links lead to the pages of the versions it names.
    const next = commune.became[0].commune;
    await page.locator('#became a').first().click();
    await page.locator('body[data-state="ready"]').waitFor();
    expect(page.url()).toBe(`${origin}/portal/communes/${next.code}?date=${next.validFrom}`);
    expect(await page.locator('h1').innerText()).toBe(next.fullName);
    expect(await links('formed-from')).toContain(
      `/portal/communes/${code}?date=${commune.formedFrom[0]?.commune.validFrom ?? '2021-11-01'}`,
    );
    expectOffline(log);
    expect(log.consoleErrors).toEqual([]);
  });

  it('says so when the code names no commune on the date, or the date is malformed', async () => {
    const { page, log } = await browser.newPage();
    await page.goto(`${origin}/portal/communes/99999?date=${DATE}`);
    await page.locator('body[data-state="not-found"]').waitFor();
    expect(await page.locator('h1').innerText()).toBe(`No commune 99999 on ${DATE}`);
    await page.goto(`${origin}/portal/communes/11470?date=2024-13-45`);
    await page.locator('body[data-state="error"]').waitFor();
    expect(await page.locator('#status').innerText()).toMatch(/BAD_USER_INPUT/);
    expectOffline(log);
  });
});
