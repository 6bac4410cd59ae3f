// The byte cap on every request body (issue 16 §2), applied by our server (scripts/server.ts) to
// each request before Next or the respondent route reads it: bytes are counted as the parser hands
// them over, whether the body came with a Content-Length or chunked. Past the cap the request gets
// a 413 problem+json with `Connection: close` and its socket is destroyed once the answer is out:
// the handler never sees the rest (so nothing is stored), and the connection is not held. A
// response sent before its request's body was all read closes the connection too.
import type http from "node:http";

const MiB = 1024 * 1024;

/** The largest per-route cap of /api/v1 (people sync); each route's own, smaller, cap is applied by lib/http/api-route.ts. */
export const API_BODY_CAP = 64 * MiB;
/** Server actions that upload a file (contacts CSV 5 MB, HR-system sync 10 MB, KPI import 4 MB), for a signed-in browser. */
export const UPLOAD_BODY_CAP = 12 * MiB;
/** A respondent's answer (customer link r/, pulse p/, event e/): two 2 000-character texts in UTF-8 plus the rest stay far below. */
export const RESPONDENT_BODY_CAP = 64 * 1024;
/** Everything else: forms, sign-in, every other server action. */
export const DEFAULT_BODY_CAP = 1 * MiB;

const RESPONDENT_PATHS = /^\/(fr|en)\/(r|p|e)\/[^/?#]+\/?(\?|$)/;
const UPLOAD_PAGES = /^\/(fr|en)\/(contacts\/import|organisation\/sync|settings\/kpis)\/?(\?|$)/;

/**
 * The cap of one request by its path class. The API cap is for a request that presents a key
 * (lib/http/api-route.ts checks it before reading the body, then applies the route's cap). The upload cap is only for a POST to an upload page
 * (a server action, sent by script with Next's `next-action` header or as a plain form without
 * JavaScript) that carries a session cookie: unauthenticated requests get the small cap (the
 * cookie's validity is checked by the page; this only keeps strangers at 1 MiB).
 */
export function bodyCapFor(req: Pick<http.IncomingMessage, "url" | "headers">): number {
  const url = req.url ?? "/";
  if (url.startsWith("/api/v1/") && /^Bearer\s/i.test(String(req.headers.authorization ?? ""))) return API_BODY_CAP;
  const signedIn = /(^|;\s*)(__Secure-)?next-auth\.session-token=/.test(String(req.headers.cookie ?? ""));
  if (signedIn && UPLOAD_PAGES.test(url)) return UPLOAD_BODY_CAP;
  // The routes read no more than this either (lib/http/respondent-route.ts): refused here, the
  // answer is a 413 and the socket is closed, instead of a route's answer to a half-read body.
  if (RESPONDENT_PATHS.test(url)) return RESPONDENT_BODY_CAP;
  return DEFAULT_BODY_CAP;
}

function refuse(req: http.IncomingMessage, res: http.ServerResponse, cap: number): void {
  // The socket may already be gone (the client hung up): nothing is left to refuse then.
  const socket = req.socket as http.IncomingMessage["socket"] | null;
  if (res.headersSent) {
    socket?.destroy();
    return;
  }
  const body = JSON.stringify({
    type: "about:blank",
    title: "Payload too large",
    status: 413,
    detail: `The request body is larger than ${cap} bytes: nothing was done. Send a smaller one.`,
  });
  res.writeHead(413, { "content-type": "application/problem+json", "content-length": Buffer.byteLength(body), connection: "close" });
  // Half-close once the answer is out, destroy a second later: destroying at once, with the
  // client's bytes still unread, sends a reset that can overtake the 413 (the client then reads
  // nothing; seen once in CI). The rest of the body is dropped as it comes (push above), never
  // handed on; whatever the handler does next answers a request that is already answered.
  // Node's own handling of `Connection: close` calls socket.destroySoon() once the answer is out:
  // for this socket that is a half-close too.
  if (socket) socket.destroySoon = () => socket.end();
  res.end(body, () => socket?.end());
  setTimeout(() => socket?.destroy(), 1_000).unref();
}

/**
 * Caps `req`'s body at `cap` bytes. Returns false when the request was refused at once (a declared
 * Content-Length over the cap): the caller must not hand it on. Otherwise the count goes on as
 * the body streams in, and the first chunk past the cap refuses the request instead of reaching
 * the handler.
 */
export function capRequestBody(req: http.IncomingMessage, res: http.ServerResponse, cap: number): boolean {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > cap) {
    refuse(req, res, cap);
    return false;
  }
  let received = 0;
  let refused = false;
  const push = req.push.bind(req);
  // The HTTP parser hands every body chunk to push(): counting there sees each byte once,
  // before any reader, whichever way (stream, async iterator, web stream) the handler reads.
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (refused) return false;
    if (chunk !== null && chunk !== undefined) {
      received += (chunk as { length: number }).length;
      if (received > cap) {
        refused = true;
        refuse(req, res, cap);
        return false;
      }
    }
    return push(chunk, encoding);
  };
  // A handler that answers without reading the whole body (a 401, a route's own 413, a refusal
  // before the form): Node would otherwise read and discard the rest, up to the cap. The answer
  // says `Connection: close` (a keep-alive client would otherwise reuse a socket about to close,
  // and its next request would fail with "socket hang up"), the server stops writing, and the
  // socket is destroyed a second later if the client has not closed it by then.
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    if (!req.complete && !res.headersSent) {
      res.setHeader("connection", "close");
      // Node answers `Connection: close` with socket.destroySoon(): a reset, with the client's
      // bytes unread, that a client still writing meets as EPIPE before it reads the answer (the
      // fuzz, seed 794118: a 415 to a 1.6 MB body). Half-closed instead, destroyed below.
      const socket = req.socket as http.IncomingMessage["socket"] | null;
      if (socket) socket.destroySoon = () => socket.end();
    }
    return writeHead(...args);
  }) as typeof res.writeHead;
  res.once("finish", () => {
    const socket = req.socket as http.IncomingMessage["socket"] | null;
    if (req.complete || !socket) return;
    socket.end();
    setTimeout(() => socket.destroy(), 1_000).unref();
  });
  return true;
}
