// The SSRF guard with WEBHOOK_ALLOW_PRIVATE_TARGETS off (the production default; the rest of
// the db tier turns it on): internal targets are refused when saved, and a delivery to one
// (a URL stored before the guard, or a host now resolving inside) is FAILED at once with a
// clear lastError while no connection reaches the listener.
process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = "false"; // before lib/env first reads it (lazily)

import net from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { setWebhookUrl } from "@/lib/db/organisations/set-webhook-url";
import { recordTestDelivery } from "@/lib/db/webhook-deliveries/record-test-delivery";
import { env } from "@/lib/env";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let org: OrgFixture;
let connections = 0;
// A listener on an allowed port (8443) on both loopbacks: were the guard to let a delivery
// through, it would connect here.
const listeners: net.Server[] = [];

beforeAll(async () => {
  for (const host of ["127.0.0.1", "::1"]) {
    const listener = net.createServer((socket) => {
      connections++;
      socket.destroy();
    });
    const listening = await new Promise<boolean>((resolve, reject) =>
      listener
        // A machine without IPv6 has no ::1 to listen on (nor to be reached through).
        .once("error", (error: NodeJS.ErrnoException) =>
          host === "::1" && error.code === "EADDRNOTAVAIL" ? resolve(false) : reject(error),
        )
        .listen({ port: 8443, host, exclusive: true }, () => resolve(true)),
    );
    if (listening) listeners.push(listener);
  }
  org = await createOrgFixture("ssrf", 0);
});

afterAll(() => Promise.all(listeners.map((listener) => new Promise<void>((resolve) => listener.close(() => resolve())))));

beforeEach(async () => {
  connections = 0;
  await db().organisation.update({ where: { id: org.organisationId }, data: { webhookUrl: null, webhookSecret: null } });
  await db().webhookDelivery.deleteMany({});
});

const internal: Array<[url: string, reason: string]> = [
  ["https://127.0.0.1:8443/hook", "loopback"],
  ["https://10.0.0.7/hook", "private"],
  ["https://172.20.1.1/hook", "private"],
  ["https://192.168.1.1:8443/hook", "private"],
  ["https://169.254.169.254/latest/meta-data/", "link-local"],
  ["https://100.64.0.1/hook", "shared (CGNAT)"],
  ["https://[::1]:8443/hook", "loopback"],
  ["https://[::ffff:127.0.0.1]:8443/hook", "IPv4-mapped loopback"],
  ["https://[::ffff:169.254.169.254]/hook", "IPv4-mapped link-local"],
  ["https://[fd00::1]/hook", "unique-local"],
  ["https://[fe80::1]/hook", "link-local"],
  ["https://0.0.0.0:8443/hook", "unspecified"],
  ["https://localhost:8443/hook", "loopback"], // a host name: refused for what it resolves to
];

it("runs with the guard on", () => {
  expect(env().WEBHOOK_ALLOW_PRIVATE_TARGETS).toBe(false);
});

describe("at save time", () => {
  it.each(internal)("%s is refused (%s) and nothing is stored", async (url, reason) => {
    const result = await setWebhookUrl(org.actors.ADMIN, { url });
    expect(result).toMatchObject({ ok: false, problem: "address" });
    if (!result.ok) expect(result.detail).toContain(`${reason} address`);
    expect(
      await db().organisation.findUniqueOrThrow({ where: { id: org.organisationId }, select: { webhookUrl: true, webhookSecret: true } }),
    ).toEqual({ webhookUrl: null, webhookSecret: null });
    expect(await db().auditLog.count({ where: { organisationId: org.organisationId, action: "webhook.url.set" } })).toBe(0);
  });

  it.each<[url: string, problem: string]>([
    ["http://hooks.example.com/x", "scheme"],
    ["https://hooks.example.com:22/x", "port"],
    ["https://admin:pw@hooks.example.com/x", "credentials"],
  ])("%s is refused (%s) before any DNS lookup", async (url, problem) => {
    expect(await setWebhookUrl(org.actors.ADMIN, { url })).toMatchObject({ ok: false, problem });
  });
});

describe("at delivery time", () => {
  it.each(internal)("a stored %s is not contacted: FAILED at once, lastError says why", async (url, reason) => {
    await db().organisation.update({ where: { id: org.organisationId }, data: { webhookUrl: url, webhookSecret: "s".repeat(43) } });
    const { id } = await recordTestDelivery(org.actors.ADMIN);
    expect(await deliverDueWebhooks()).toBe(0);
    const row = await db().webhookDelivery.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1, nextAttemptAt: null });
    expect(row.lastError).toMatch(/^refused by the SSRF guard: /);
    expect(row.lastError).toContain(`${reason} address`);
    expect(connections).toBe(0);
  });

  it("http: and other ports stored before the guard are refused the same way", async () => {
    for (const url of ["http://127.0.0.1:8443/hook", "https://127.0.0.1:6379/"]) {
      await db().organisation.update({ where: { id: org.organisationId }, data: { webhookUrl: url, webhookSecret: "s".repeat(43) } });
      const { id } = await recordTestDelivery(org.actors.ADMIN);
      await deliverDueWebhooks();
      expect(await db().webhookDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: "FAILED",
        lastError: expect.stringMatching(/^refused by the SSRF guard: /),
      });
    }
    expect(connections).toBe(0);
  });
});
