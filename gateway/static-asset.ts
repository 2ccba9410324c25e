import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

// On the thread pool: gzipping the 9 MB IDE page takes 1–2 s, which must not stall the event loop.
const gzipAsync = promisify(gzip);

/** A page or file served as is: its bytes, gzipped once, with a strong ETag and its own headers (the CSP). */
export interface StaticAsset {
  body: Buffer;
  gzipped: Buffer;
  etag: string;
  headers: Record<string, string>;
}

/** Headers every served page and file carries, besides its own Content-Security-Policy. */
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  // Revalidated every time (a 304 when unchanged), so a redeployed page is never served stale.
  'cache-control': 'no-cache',
};

export async function staticAsset(content: string | Buffer, contentType: string, csp?: string): Promise<StaticAsset> {
  const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return {
    body,
    gzipped: await gzipAsync(body),
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    headers: { 'content-type': contentType, ...SECURITY_HEADERS, ...(csp ? { 'content-security-policy': csp } : {}) },
  };
}

/** Answers GET and HEAD with the asset (gzipped when the client accepts it, 304 when its copy is current); false for other methods. */
export function sendAsset(req: IncomingMessage, res: ServerResponse, asset: StaticAsset): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  // Each encoding is its own representation, with its own validator.
  const etag = gzip ? `${asset.etag.slice(0, -1)}-gz"` : asset.etag;
  for (const [name, value] of Object.entries(asset.headers)) res.setHeader(name, value);
  res.setHeader('etag', etag);
  res.setHeader('vary', 'accept-encoding');
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  const bytes = gzip ? asset.gzipped : asset.body;
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.setHeader('content-length', bytes.length);
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : bytes);
  return true;
}

/** The CSP source for an inline script: its SHA-256, so that script runs and no other inline script does. */
export const scriptHash = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
