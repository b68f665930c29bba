/**
 * Opens the sidebar, as the bundle showed it (`sandbox.uiLog.sidebars`), in a real browser
 * page 300 px wide whose `google.script.run` is backed by the LIVE emulation: every call
 * the page makes runs the bundle's top-level function in the sandbox (`sandbox.call`) and
 * its JSON-safe result goes back to the page's success handler; a thrown error goes to the
 * failure handler as an Error. The page is served from a loopback HTTP server
 * (127.0.0.1 only); any other request is recorded and aborted, never sent.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Sandbox } from '../emulator';

/** The width of an Apps Script sidebar. */
export const SIDEBAR_WIDTH = 300;

/** One `google.script.run` call the page made, with what the bundle answered. */
export interface GasCall {
  name: string;
  args: unknown[];
  /** The JSON-safe result, when the call returned. */
  result?: unknown;
  /** The message of the error, when the call threw. */
  error?: string;
}

export interface OpenSidebarOptions {
  /** The sandbox whose bundle answers the page's calls. */
  sandbox: Sandbox;
  /** The page to show; default: the last sidebar the bundle showed (calls `showSidebar` if none yet). */
  html?: string;
  /** Viewport height (the width is always {@link SIDEBAR_WIDTH}). */
  height?: number;
  /** Waits this long (real ms) before answering each call, to see the busy state. */
  delayMs?: number;
  /** Whether to wait until the page's first load finished (`body[aria-busy="false"]`); default true. */
  waitUntilIdle?: boolean;
  /** Browser zoom, as a user sets it (2 = 200 %: the 300-px sidebar holds 150 CSS px). */
  zoom?: number;
}

/** What the page did, for assertions. */
export interface SidebarPage {
  page: Page;
  context: BrowserContext;
  /** The loopback origin the page is served from (`http://127.0.0.1:PORT`). */
  origin: string;
  /** Every `google.script.run` call, in order. */
  calls: GasCall[];
  /** Every URL the page requested (the page itself included). */
  requests: string[];
  /** Requests that failed (network error or aborted), with the reason. */
  failedRequests: string[];
  /** Console messages of type error, and uncaught page errors. */
  errors: string[];
  /** Holds every following call until the returned function is called (to see the busy state). */
  hold(): () => void;
  /** Waits until the page is not busy (`body[aria-busy="false"]`). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The `google.script.run` shim, run before the page's own script. */
function shimSource(functionNames: string[]): string {
  return `(function () {
  var names = ${JSON.stringify(functionNames)};
  function runner(ok, fail, userObject) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, fail, userObject); },
      withFailureHandler: function (f) { return runner(ok, f, userObject); },
      withUserObject: function (o) { return runner(ok, fail, o); }
    };
    names.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        Promise.resolve().then(function () { return window.__gasCall(name, args); }).then(function (reply) {
          if (reply && typeof reply.error === 'string') {
            if (fail) fail(new Error(reply.error), userObject);
          } else if (ok) {
            ok(reply ? reply.value : undefined, userObject);
          }
        }, function (e) {
          if (fail) fail(new Error(String(e && e.message || e)), userObject);
        });
      };
    });
    return r;
  }
  window.google = { script: { run: runner(null, null, undefined), host: { close: function () {} } } };
})();`;
}

/** The names `google.script.run` offers: the bundle's top-level functions (not ending in `_`). */
export function serverFunctionNames(sandbox: Sandbox): string[] {
  const builtins = new Set(Object.getOwnPropertyNames(globalThis));
  return Object.keys(sandbox.globals)
    .filter((name) => sandbox.hasFunction(name) && !builtins.has(name) && !name.endsWith('_'))
    .sort();
}

/** The HTML of the last sidebar the bundle showed. */
export function shownSidebarHtml(sandbox: Sandbox): string {
  if (sandbox.uiLog.sidebars.length === 0) sandbox.call('showSidebar');
  const shown = sandbox.uiLog.sidebars[sandbox.uiLog.sidebars.length - 1];
  if (!shown) throw new Error('showSidebar did not show a sidebar.');
  return shown.html;
}

function jsonSafe(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
}

function listen(html: string): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && (req.url === '/' || req.url === '/sidebar.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
    } else if (req.url === '/favicon.ico') {
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Opens the sidebar in a new 300-px page of `browser`, backed by `options.sandbox`. */
export async function openSidebar(browser: Browser, options: OpenSidebarOptions): Promise<SidebarPage> {
  const { sandbox } = options;
  const html = options.html ?? shownSidebarHtml(sandbox);
  const server = await listen(html);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const zoom = options.zoom ?? 1;
  const context = await browser.newContext({
    viewport: { width: Math.round(SIDEBAR_WIDTH / zoom), height: Math.round((options.height ?? 800) / zoom) },
    deviceScaleFactor: zoom, locale: 'vi-VN',
  });
  const page = await context.newPage();

  const calls: GasCall[] = [];
  const requests: string[] = [];
  const failedRequests: string[] = [];
  const errors: string[] = [];
  let gate: Promise<void> = Promise.resolve();

  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => failedRequests.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  // Only the loopback page itself may load; anything else is recorded above and aborted.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(`${origin}/`) || url.startsWith('data:') ? route.continue() : route.abort('blockedbyclient');
  });

  await page.exposeFunction('__gasCall', async (name: string, args: unknown[]) => {
    const call: GasCall = { name, args };
    calls.push(call);
    await gate;
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    try {
      call.result = jsonSafe(sandbox.call(name, ...(args ?? [])));
      return { value: call.result };
    } catch (error) {
      call.error = error instanceof Error ? error.message : String(error);
      return { error: call.error };
    }
  });
  await page.addInitScript({ content: shimSource(serverFunctionNames(sandbox)) });

  const idle = () => page.waitForSelector('body[aria-busy="false"]', { state: 'attached' }).then(() => undefined);
  await page.goto(`${origin}/`);
  if (options.waitUntilIdle !== false) await idle();

  return {
    page,
    context,
    origin,
    calls,
    requests,
    failedRequests,
    errors,
    hold() {
      let release!: () => void;
      gate = new Promise<void>((resolve) => { release = resolve; });
      return () => release();
    },
    idle,
    async close() {
      await context.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
