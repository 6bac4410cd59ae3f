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
import http from "node:http";
import path from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import next from "next";
import { GET, POST } from "../app/[locale]/(public)/r/[token]/route";
import { bodyCapFor, capRequestBody } from "../lib/http/body-cap";
import { PEER_ADDRESS_HEADER } from "../lib/http/client-address";
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
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
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

async function main() {
  const hostname = argument("-H") ?? process.env.HOSTNAME ?? "0.0.0.0";
  const port = Number(argument("-p") ?? process.env.PORT ?? 3000);
  const app = next({ dev: false, dir: ROOT, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    // The TCP peer, for the rate limits' client address (lib/http/client-address.ts, TRUST_PROXY); a client's own copy is overwritten.
    req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
    // Every body is counted as it streams in: past its path's cap, 413 and the socket closed.
    if (!capRequestBody(req, res, bodyCapFor(req))) return;
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
    void handle(req, res);
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
