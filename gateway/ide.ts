import type { IncomingMessage } from 'node:http';
import Negotiator from 'negotiator';
import type { HttpRoute } from '../lib/http.ts';
import { scriptHash, sendAsset, staticAsset, type StaticAsset } from './static-asset.ts';

/**
 * The GraphQL IDE a browser gets at GET /graphql: GraphiQL 5 (docs, explorer, history, variables,
 * headers) rendered by @graphql-yoga/render-graphiql into one page that carries every script,
 * style, font and worker inline, so it works on a machine with no internet. Apollo Server's own
 * landing page loads Sandbox from a CDN and is disabled (gateway/server.ts).
 */
export const IDE_TITLE = 'Child coverage graph · GraphiQL';

export const IDE_DEFAULT_QUERY = `# Child coverage graph: commune by commune, are children reached?
#
# Without a token you see what anyone may see. To sign in, run
#   npm run token -- --role ANALYST
# and under Headers (below) put
#   {"authorization": "Bearer <the token>"}
# Docs (book icon): every field. Explorer (compass): click a query.
# The demo's sector data is synthetic (dataProvenance says so).

query ThanhLinh {
  viewer { role area }
  dataProvenance { sectorDataSynthetic sectorData }
  commune(code: "17761", date: "2023-06-01") {
    fullName
    district { name }
    province { name }
    coverage(year: 2023) {
      indicator value numerator numeratorAmount denominator target status completeness
    }
  }
}
`;

/**
 * The page's policy: its one inline script by hash, Monaco's editor workers from the blob: URLs
 * that script makes, inline styles (React and Monaco set them at run time; styles cannot run
 * code), fonts and images from data: URLs only, and requests to this origin only.
 */
function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    'worker-src blob:',
    "style-src 'unsafe-inline'",
    'font-src data:',
    'img-src data: blob:',
    "connect-src 'self'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/** The renderer's options this page sets (a subset of graphql-yoga's GraphiQLOptions). */
interface GraphiQLOptions {
  title: string;
  endpoint: string;
  defaultQuery: string;
  shouldPersistHeaders: boolean;
  defaultEditorToolsVisibility: 'headers';
}
// A specifier TypeScript does not follow: the package's types import graphql-yoga's, which
// augment graphql's GraphQLErrorExtensions with an `http.headers` record that contradicts the
// HeaderMap Apollo Server takes there (gateway/rate-limit.ts).
const RENDERER: string = '@graphql-yoga/render-graphiql';

/** Renders the page once (about 9 MB, 2.4 MB gzipped), on first use: the renderer is loaded only when the IDE is asked for. */
async function buildIde(): Promise<StaticAsset> {
  const { renderGraphiQL } = (await import(RENDERER)) as { renderGraphiQL: (options: GraphiQLOptions) => string };
  const html = renderGraphiQL({
    title: IDE_TITLE,
    endpoint: '/graphql',
    defaultQuery: IDE_DEFAULT_QUERY,
    // A token typed under Headers stays in the tab; it is not written to the browser's storage.
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: 'headers',
  });
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1]!);
  if (scripts.length === 0 || /<script\s+src=/i.test(html))
    throw new Error('the GraphiQL page is not the self-contained page it is expected to be');
  return staticAsset(html, 'text/html; charset=utf-8', contentSecurityPolicy(scripts.map(scriptHash)));
}

/** Like Apollo Server's landing page: a GET whose Accept prefers HTML to the GraphQL response types. */
export function prefersHtml(req: IncomingMessage): boolean {
  const accept = req.headers.accept;
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (!accept) return false;
  return (
    new Negotiator({ headers: { accept } }).mediaType(['application/graphql-response+json', 'application/json', 'text/html']) ===
    'text/html'
  );
}

export function ideRoutes(): HttpRoute[] {
  let page: Promise<StaticAsset> | undefined;
  const handle: HttpRoute['handle'] = async (req, res) => {
    if (!prefersHtml(req)) return false;
    page ??= buildIde();
    return sendAsset(req, res, await page);
  };
  return [
    { path: '/graphql', handle },
    { path: '/', handle },
  ];
}
