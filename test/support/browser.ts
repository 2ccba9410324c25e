import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`; .ci/run installs it); no browser is downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Everything a page asked for, and what the test stopped. */
export interface RequestLog {
  /** Every network request the page and its workers made, allowed or not. */
  requests: { url: string; method: string; headers: Record<string, string>; body: string | null }[];
  /** Requests to anywhere but this machine: each was aborted before leaving it. */
  blocked: string[];
  /** Console errors, CSP violations among them ("Refused to …"). */
  consoleErrors: string[];
}

export interface OfflineBrowser {
  /** A fresh page whose every non-loopback request is aborted and logged. */
  newPage(): Promise<{ page: Page; log: RequestLog }>;
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;
const isLocal = (url: URL) =>
  url.protocol === 'http:' || url.protocol === 'https:'
    ? LOOPBACK.test(url.hostname)
    : url.protocol === 'data:' || url.protocol === 'blob:';

/**
 * Headless Chromium with the network closed twice over: host names other than loopback do not
 * resolve, and every request is intercepted, logged and aborted unless it goes to this machine.
 */
export async function launchOfflineBrowser(): Promise<OfflineBrowser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: run apt-get install -y chromium (or set CHROMIUM_PATH).`);
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1', '--disable-component-update', '--no-first-run'],
  });
  return {
    newPage: async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      const log: RequestLog = { requests: [], blocked: [], consoleErrors: [] };
      await context.route('**/*', async (route) => {
        const request = route.request();
        log.requests.push({ url: request.url(), method: request.method(), headers: await request.allHeaders(), body: request.postData() });
        if (isLocal(new URL(request.url()))) return route.continue();
        log.blocked.push(request.url());
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') log.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => log.consoleErrors.push(`uncaught: ${error.message}`));
      return { page, log };
    },
    close: () => browser.close(),
  };
}
