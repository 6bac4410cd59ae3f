// Every respondent page (customer link, employee pulse, personal pulse) as a complete HTML
// Response: React rendered on the server (react-dom/server.edge: no framework JS shipped,
// docs/toolchain.md "Light pages") under one set of headers — no referrer, no caching, no indexing,
// and a strict CSP whose per-response nonce admits only our inline style and script.
import crypto from "node:crypto";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server.edge";

export function newNonce(): string {
  return crypto.randomBytes(16).toString("base64");
}

/** One small complete document with nothing to wait for: a string, not a stream (the edge
 * stream renderer also warns on Node 20, which lacks ArrayBuffer.prototype.detached). */
export function documentOf(element: ReactElement): string {
  const html = renderToString(element);
  return html.startsWith("<!DOCTYPE") ? html : `<!DOCTYPE html>${html}`;
}

function respondentHeaders(nonce: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    "Content-Type": "text/html; charset=utf-8",
    // A survey link's token is in its URL: no referrer may carry it elsewhere, no cache may keep
    // the page. The employee pages carry no secret but get the same, stricter, headers.
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Robots-Tag": "noindex, nofollow",
    "Content-Security-Policy": `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
    ...extra,
  };
}

export function htmlResponse(
  body: string | Uint8Array<ArrayBuffer>,
  status: number,
  nonce: string,
  extra: Record<string, string> = {},
): Response {
  return new Response(body, { status, headers: respondentHeaders(nonce, extra) });
}
