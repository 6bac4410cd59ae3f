// Bounded bodies on the real server (issue 16 §2): an oversized chunked body without
// Content-Length, sent to a respondent link and to a public server action, gets 413
// problem+json, stores nothing and the server closes the socket; the server then goes on serving.
import { randomUUID } from "node:crypto";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { demoLinks } from "./support/demo-restore";
import { responsesOf, withClient } from "./survey-support";

const links = demoLinks();
test.afterAll(() => links.restore());

const TWO_MIB = 2 * 1024 * 1024;

/** Writes the request head, then `size` bytes of `prefix` + padding in chunks, and reads until the server closes the socket. */
function sendChunked(baseURL: string, path: string, headers: Record<string, string>, prefix: string, size: number) {
  const { hostname, port } = new URL(baseURL);
  return new Promise<{ status: number; reply: string; closedByServer: boolean }>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let reply = "";
    const done = (closedByServer: boolean) =>
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1] ?? 0), reply, closedByServer });
    const timer = setTimeout(() => (socket.destroy(), done(false)), 15_000);
    socket.on("data", (data) => (reply += data.toString("utf8")));
    socket.on("close", () => (clearTimeout(timer), done(true)));
    socket.on("error", (error: NodeJS.ErrnoException) => (["ECONNRESET", "EPIPE"].includes(error.code ?? "") ? undefined : reject(error)));
    const head = Object.entries({ host: `${hostname}:${port}`, "transfer-encoding": "chunked", ...headers })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join("");
    socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n`);
    const body = Buffer.concat([Buffer.from(prefix), Buffer.alloc(Math.max(0, size - prefix.length), 0x61)]);
    for (let at = 0; at < body.length && !socket.destroyed; at += 64 * 1024) {
      const chunk = body.subarray(at, at + 64 * 1024);
      socket.write(`${chunk.length.toString(16)}\r\n`);
      socket.write(chunk);
      socket.write("\r\n");
    }
    if (!socket.destroyed) socket.write("0\r\n\r\n");
  });
}

test("respondent link: an oversized chunked answer → 413 problem+json, nothing stored, socket closed", async ({ baseURL, request }) => {
  const link = await links.create();
  const sent = await sendChunked(
    baseURL!,
    link.path(),
    { origin: baseURL!, "content-type": "application/x-www-form-urlencoded" },
    `submissionId=${randomUUID()}&score=9&comment=`,
    TWO_MIB,
  );
  expect(sent.status).toBe(413);
  expect(sent.reply).toMatch(/content-type: application\/problem\+json/i);
  expect(sent.reply).toContain("The request body is larger than");
  expect(sent.closedByServer).toBe(true);
  expect(await responsesOf(link.contactId)).toEqual([]);
  // The same link still answers normally.
  expect((await request.get(link.path())).status()).toBe(200);
});

test("server action (forgot password, signed out): an oversized chunked form → 413, nothing stored, socket closed", async ({
  baseURL,
  request,
}) => {
  const page = await (await request.get("/fr/password/forgot")).text();
  // The form's hidden fields name the action (Next's progressive enhancement: the form works without JavaScript).
  const hidden = [...page.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(
    ([, name, value]): [string, string] => [name ?? "", value ?? ""],
  );
  expect(hidden.some(([name]) => name.startsWith("$ACTION"))).toBe(true);
  const boundary = `----symetrie${randomUUID().replaceAll("-", "")}`;
  const multipart = (fields: Array<[string, string]>) =>
    fields.map(([name, value]) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("");
  const headers = { origin: baseURL!, "content-type": `multipart/form-data; boundary=${boundary}` };
  const rateRow = (email: string) =>
    withClient(async (client) => (await client.query(`SELECT 1 FROM "RateLimit" WHERE "key" = $1`, [`reset:${email}`])).rowCount);

  // Within the cap the action runs and counts the attempt (a RateLimit row): that is what must not happen past it.
  const small = `corps-${randomUUID().slice(0, 8)}@example.com`;
  const accepted = await request.post("/fr/password/forgot", {
    headers,
    data: Buffer.from(`${multipart([...hidden, ["email", small]])}--${boundary}--\r\n`),
    maxRedirects: 0,
  });
  expect(accepted.status()).toBeLessThan(400);
  expect(await rateRow(small)).toBe(1);

  const large = `corps-${randomUUID().slice(0, 8)}@example.com`;
  const sent = await sendChunked(
    baseURL!,
    "/fr/password/forgot",
    headers,
    `${multipart([...hidden, ["email", large]])}--${boundary}\r\ncontent-disposition: form-data; name="padding"\r\n\r\n`,
    TWO_MIB,
  );
  expect(sent.status).toBe(413);
  expect(sent.closedByServer).toBe(true);
  expect(await rateRow(large)).toBe(0);
  expect((await request.get("/fr/password/forgot")).status()).toBe(200);
});
