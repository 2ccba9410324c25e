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
  [sg, browser] = await Promise.all([startTestSupergraph({ demo: { seed: 9, provinces: ['31'], childrenPerCommune: 6 } }), launchOfflineBrowser()]);
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

  it('is off when IDE=false, and by default in production; Apollo\'s CDN landing page never comes back', async () => {
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

    const operations = log.requests.filter((r) => r.method === 'POST' && r.body?.includes('query Who'));
    expect(operations).toHaveLength(1);
    expect(operations[0]!.headers.authorization).toBe(`Bearer ${token}`);
    expectOffline(log);
    expect(log.consoleErrors).toEqual([]);
  });
});
