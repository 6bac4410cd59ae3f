// The production server (`npm start`, the e2e tier, the benchmarks): Next's request handler
// for everything, except the customer respondent route /{locale}/r/{token}, which the same
// route handler (app/[locale]/(public)/r/[token]/route.ts, not a copy) answers straight from
// node:http. Measured on 2 cores (bench:respondent-lean): Next's router costs that route more
// than the page and the database together; served this way it runs above Next's own ceiling.
//
// Every request carries its TCP peer in PEER_ADDRESS_HEADER (lib/http/client-address.ts), and
// every body is capped by path class as it streams in (lib/http/body-cap.ts: 413, socket closed).
//
// Usage: tsx scripts/server.ts [-H host] [-p port]   (PORT and HOSTNAME are honoured too)
import "./server-env";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import next from "next";
import { GET, POST } from "../app/[locale]/(public)/r/[token]/route";
import { checkActionRequest, isPagePost } from "../lib/http/action-request-guard";
import { bodyCapFor, capRequestBody } from "../lib/http/body-cap";
import { PEER_ADDRESS_HEADER } from "../lib/http/client-address";
import { decodablePath } from "../lib/http/decodable-path";
import { NUL_DETAIL, urlHasNul } from "../lib/http/nul-character";
import { RESPONDENT_REFERRER_POLICY, SECURITY_HEADERS as SHARED_HEADERS } from "../lib/http/security-headers";

const ROOT = path.resolve(__dirname, "..");
const RESPONDENT = /^\/(fr|en)\/r\/([^/?#]+)(?:\?.*)?$/;

/** What next.config.ts headers() adds to this route (Next's router is not on this path), lowercase like Headers gives them. */
const SECURITY_HEADERS: Record<string, string> = Object.fromEntries(
  [...SHARED_HEADERS, RESPONDENT_REFERRER_POLICY].map(({ key, value }) => [key.toLowerCase(), value]),
);

function argument(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** The Web Request the route handler expects, with the client address as Next gives it. */
function webRequest(req: http.IncomingMessage, origin: string): Request {
  const headers = headersOf(req);
  // As Next does: a proxy's X-Forwarded-For is kept, else the socket's address is written.
  if (!headers.has("x-forwarded-for")) headers.set("x-forwarded-for", req.socket.remoteAddress ?? "");
  const hasBody = req.method === "POST";
  return new Request(new URL(req.url ?? "/", origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    ...(hasBody ? { duplex: "half" } : {}),
  } as RequestInit);
}

async function respondent(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  locale: string,
  token: string,
  origin: string,
): Promise<void> {
  const handler = req.method === "POST" ? POST : GET;
  const response = await handler(webRequest(req, origin), { params: Promise.resolve({ locale, token: decodeURIComponent(token) }) });
  let body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = { ...SECURITY_HEADERS, vary: "Accept-Encoding" };
  response.headers.forEach((value, name) => (headers[name] = value)); // Headers gives lowercase names
  // Compressed like Next's own responses: a phone on a slow network gets a third of the bytes.
  if (body.length > 1024 && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
    body = gzipSync(body);
    headers["content-encoding"] = "gzip";
  }
  res.writeHead(response.status, { ...headers, "content-length": String(body.length) });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** The server action ids of this build. */
function serverActionIds(): Set<string> {
  const manifest = path.join(ROOT, ".next", "server", "server-reference-manifest.json");
  const parsed = JSON.parse(fs.readFileSync(manifest, "utf8")) as { node?: Record<string, unknown> };
  return new Set(Object.keys(parsed.node ?? {}));
}

function headersOf(req: http.IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
  return headers;
}

/**
 * Holds a request's body as the HTTP parser hands it over (req.push, under the cap installed
 * after this): `body` resolves with all of it once complete; `release()` then gives it to whoever
 * reads the request (Next), as if it had just arrived.
 */
function holdBody(req: http.IncomingMessage): { body: Promise<Buffer>; release: () => void } {
  const push = req.push.bind(req);
  const chunks: Buffer[] = [];
  let resolve: (body: Buffer) => void;
  let reject: (error: Error) => void;
  const body = new Promise<Buffer>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  req.push = (chunk: unknown) => {
    if (chunk === null) resolve(Buffer.concat(chunks));
    else if (chunk !== undefined) chunks.push(Buffer.from(chunk as Uint8Array));
    return true;
  };
  // A request that ends before its body did (the client hung up, the cap refused it): nothing to release.
  req.once("close", () => reject(new Error("closed")));
  body.catch(() => undefined);
  return {
    body,
    release: () => {
      req.push = push;
      const all = Buffer.concat(chunks);
      if (all.length > 0) push(all);
      push(null);
    },
  };
}

/** An error answer as problem+json, like the API's (lib/http/problem.ts). */
function problem(res: http.ServerResponse, status: number, title: string, detail: string): void {
  const body = JSON.stringify({ type: "about:blank", title, status, detail });
  res.writeHead(status, { "content-type": "application/problem+json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

async function main() {
  const hostname = argument("-H") ?? process.env.HOSTNAME ?? "0.0.0.0";
  const port = Number(argument("-p") ?? process.env.PORT ?? 3000);
  const app = next({ dev: false, dir: ROOT, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const actionIds = serverActionIds();
  const server = http.createServer((req, res) => {
    // The TCP peer, for the rate limits' client address (lib/http/client-address.ts, TRUST_PROXY); a client's own copy is overwritten.
    req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
    // A POST to a page may be a server action: its body is held (under the cap below) and checked
    // before Next decodes it (lib/http/action-request-guard.ts).
    const held = isPagePost(req.method, req.url) ? holdBody(req) : undefined;
    // Every body is counted as it streams in: past its path's cap, 413 and the socket closed.
    if (!capRequestBody(req, res, bodyCapFor(req))) return;
    // A path whose %-escapes do not decode (%ZZ, %C0%80, a lone surrogate) names nothing here: 400,
    // before a route's parameters fail to decode into a 500.
    if (!decodablePath(req.url ?? "/")) {
      problem(res, 400, "Bad request", "The request path is not valid: a %-escape in it does not decode to UTF-8.");
      return;
    }
    // A NUL (%00) in the path or the query is refused for every route at once (lib/http/nul-character.ts).
    if (urlHasNul(req.url ?? "/")) {
      problem(res, 400, "Bad request", NUL_DETAIL);
      return;
    }
    const match = RESPONDENT.exec(req.url ?? "");
    if (match && (req.method === "GET" || req.method === "POST" || req.method === "HEAD")) {
      const origin = `http://${req.headers.host ?? `${hostname}:${port}`}`;
      respondent(req, res, match[1] ?? "fr", match[2] ?? "", origin).catch((error: Error) => {
        // The route handler turns its own failures into pages; this is a broken request stream.
        console.error(`[server] respondent route: ${error.name}`);
        if (!res.headersSent) res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
        res.end();
      });
      return;
    }
    if (!held) {
      void handle(req, res);
      return;
    }
    held.body
      .then(async (body) => {
        const refusal = await checkActionRequest(headersOf(req), body, actionIds);
        if (refusal) {
          console.warn(`[server] refused a server action request (${refusal.status}): ${refusal.detail}`);
          return problem(res, refusal.status, refusal.status === 403 ? "Forbidden" : "Bad request", refusal.detail);
        }
        void handle(req, res);
        held.release();
      })
      .catch(() => res.destroy());
  });
  // Idle keep-alive sockets outlive any client's own idle timeout (Playwright's request client, proxies
  // at 60 s): with Node's 5 s default the server could close a socket just as a client reused it,
  // and that request failed with ECONNRESET.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, hostname, () => console.log(`▲ Symétrie on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
