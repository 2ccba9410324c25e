import { readFileSync } from 'node:fs';
import type { HttpRoute } from '../lib/http.ts';
import { sendAsset, staticAsset } from './static-asset.ts';

/**
 * The reference portal page (portal/): a commune's page built only on the public API with the
 * persisted operations of schema/persisted-queries/commune-portal.json. The gateway serves its
 * three files as they are; everything else happens in the browser.
 */
const PORTAL_DIR = new URL('../portal/', import.meta.url);
export const PORTAL_PATH = /^\/portal\/communes\/\d{5}$/;

/**
 * Scripts and styles from this origin's files only (no inline code at all), requests to this
 * origin only, and Trusted Types required, so no script can write markup from a string
 * (the page builds its DOM node by node).
 */
export const PORTAL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const file = (name: string, type: string) => staticAsset(readFileSync(new URL(name, PORTAL_DIR)), type, PORTAL_CSP);

export function portalRoutes(): HttpRoute[] {
  const page = file('commune.html', 'text/html; charset=utf-8');
  const assets = {
    '/portal/commune.js': file('commune.js', 'text/javascript; charset=utf-8'),
    '/portal/chart.js': file('chart.js', 'text/javascript; charset=utf-8'),
    '/portal/portal.css': file('portal.css', 'text/css; charset=utf-8'),
  };
  return [
    { path: PORTAL_PATH, handle: async (req, res) => sendAsset(req, res, await page) },
    ...Object.entries(assets).map(
      ([path, asset]) => ({ path, handle: async (req, res) => sendAsset(req, res, await asset) }) satisfies HttpRoute,
    ),
  ];
}
