// A webhook receiver for tests of any tier: an HTTP server on 127.0.0.1 recording each request's
// raw body and signature headers, answering 204.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedWebhook {
  body: string;
  signature: string | undefined;
  timestamp: string | undefined;
}

export interface WebhookReceiver {
  /** http://127.0.0.1:<port><path> */
  url(path: string): string;
  received: ReceivedWebhook[];
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const header = (name: string) => request.headers[name] as string | undefined;
      received.push({
        body: Buffer.concat(chunks).toString("utf8"),
        signature: header("x-symetrie-signature"),
        timestamp: header("x-symetrie-timestamp"),
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
