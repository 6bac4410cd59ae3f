// The webhook settings at the data layer (WEBHOOK_ALLOW_PRIVATE_TARGETS on, as in the whole db
// tier): the URL is stored after the guard, the first save and each rotation return a secret
// once and store it for signing, a test event is an outbox row the normal job delivers, the
// deliveries list never shows payloads, removal abandons what waits; ADMIN only.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { roles } from "@/lib/auth/actor-types";
import { db } from "@/tests/db/owner-db";
import { getOrganisationSettings } from "@/lib/db/organisations/get-organisation-settings";
import { removeWebhook } from "@/lib/db/organisations/remove-webhook";
import { rotateWebhookSecret } from "@/lib/db/organisations/rotate-webhook-secret";
import { setWebhookUrl } from "@/lib/db/organisations/set-webhook-url";
import { listWebhookDeliveries } from "@/lib/db/webhook-deliveries/list-webhook-deliveries";
import { recordTestDelivery } from "@/lib/db/webhook-deliveries/record-test-delivery";
import { ForbiddenError } from "@/lib/errors";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { verifySignature } from "@/lib/webhooks/sign";
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from "../shared/webhook-receiver";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let a: OrgFixture;
let b: OrgFixture;
let receiver: WebhookReceiver;
let url = "";
let received: ReceivedWebhook[] = [];

const webhookOf = (organisationId: string) =>
  db().organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { webhookUrl: true, webhookSecret: true } });

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  url = receiver.url("/hooks");
  a = await createOrgFixture("alpha", 0);
  b = await createOrgFixture("beta", 0);
});

afterAll(() => receiver.close());

beforeEach(async () => {
  receiver.received.length = 0;
  received = receiver.received;
  await db().organisation.updateMany({ data: { webhookUrl: null, webhookSecret: null } });
  await db().webhookDelivery.deleteMany({});
  await db().auditLog.deleteMany({});
});

describe("setWebhookUrl and rotateWebhookSecret", () => {
  it("the first save stores the URL and a new secret, returned once; later saves keep it and return none", async () => {
    const first = await setWebhookUrl(a.actors.ADMIN, { url: ` ${url} ` });
    expect(first).toMatchObject({ ok: true, url });
    const secret = first.ok ? first.secret! : "";
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
    expect(await webhookOf(a.organisationId)).toEqual({ webhookUrl: url, webhookSecret: secret });
    expect(await getOrganisationSettings(a.actors.ADMIN)).toMatchObject({ webhookUrl: url, webhookSecretSet: true });
    expect(JSON.stringify(await getOrganisationSettings(a.actors.ADMIN))).not.toContain(secret);

    const second = await setWebhookUrl(a.actors.ADMIN, { url: `${url}/v2` });
    expect(second).toEqual({ ok: true, url: `${url}/v2`, secret: null });
    expect((await webhookOf(a.organisationId)).webhookSecret).toBe(secret);

    const logs = await db().auditLog.findMany({ where: { organisationId: a.organisationId }, orderBy: { id: "asc" } });
    expect(logs.map((log) => log.action)).toEqual(["webhook.url.set", "webhook.url.set"]);
    expect(logs[0]!.metadata).toEqual({ origin: new URL(url).origin, secretCreated: true });
    expect(JSON.stringify(logs.map((log) => [log.action, log.metadata]))).not.toContain(secret);
  });

  it("a rotation replaces the secret, returns it once and audits without it; deliveries sign with it", async () => {
    await setWebhookUrl(a.actors.ADMIN, { url });
    const { secret } = await rotateWebhookSecret(a.actors.ADMIN);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await webhookOf(a.organisationId)).webhookSecret).toBe(secret);
    const audit = await db().auditLog.findFirstOrThrow({ where: { organisationId: a.organisationId, action: "webhook.secret.rotate" } });
    expect(JSON.stringify(audit.metadata ?? null)).not.toContain(secret);

    await recordTestDelivery(a.actors.ADMIN);
    expect(await deliverDueWebhooks()).toBe(1);
    expect(received).toHaveLength(1);
    expect(verifySignature(secret, received[0]!.body, received[0]!.signature)).toBe(true);
  });

  it("refuses URLs the guard refuses even with private targets allowed, and stores nothing", async () => {
    for (const [bad, problem] of [
      ["not a url", "invalid"],
      ["ftp://127.0.0.1/x", "scheme"],
      ["http://user:pw@127.0.0.1/x", "credentials"],
      ["", "invalid"],
    ] as const) {
      expect(await setWebhookUrl(a.actors.ADMIN, { url: bad })).toMatchObject({ ok: false, problem });
    }
    expect(await webhookOf(a.organisationId)).toEqual({ webhookUrl: null, webhookSecret: null });
    expect(await db().auditLog.count()).toBe(0);
  });
});

describe("test events and the deliveries list", () => {
  it("a test event is an outbox row `webhook.test`, delivered by the normal job", async () => {
    await setWebhookUrl(a.actors.ADMIN, { url });
    const { id } = await recordTestDelivery(a.actors.ADMIN);
    expect(await db().webhookDelivery.findUniqueOrThrow({ where: { id } })).toMatchObject({
      organisationId: a.organisationId,
      event: "webhook.test",
      status: "PENDING",
      attempts: 0,
    });
    expect(await deliverDueWebhooks()).toBe(1);
    expect(JSON.parse(received[0]!.body)).toMatchObject({ id, event: "webhook.test", data: { test: true } });
    expect(await listWebhookDeliveries(a.actors.ADMIN)).toEqual([
      { id, event: "webhook.test", createdAt: expect.any(String), status: "DELIVERED", attempts: 1, lastError: null },
    ]);
    expect(await db().auditLog.count({ where: { action: "webhook.test", targetId: id } })).toBe(1);
  });

  it("without a webhook there is nothing to test", async () => {
    await expect(recordTestDelivery(a.actors.ADMIN)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().webhookDelivery.count()).toBe(0);
  });

  it("lists the organisation's 20 most recent deliveries, newest first, without payload", async () => {
    const base = Date.now() - 60_000;
    await db().webhookDelivery.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        organisationId: a.organisationId,
        event: "response.detractor",
        payload: { comment: `secret comment ${i}` },
        createdAt: new Date(base + i * 1000),
      })),
    });
    await db().webhookDelivery.create({
      data: { organisationId: b.organisationId, event: "response.detractor", payload: {}, createdAt: new Date() },
    });
    const list = await listWebhookDeliveries(a.actors.ADMIN);
    expect(list).toHaveLength(20);
    expect(list[0]!.createdAt).toBe(new Date(base + 24_000).toISOString());
    expect(list.at(-1)!.createdAt).toBe(new Date(base + 5_000).toISOString());
    expect(Object.keys(list[0]!).sort()).toEqual(["attempts", "createdAt", "event", "id", "lastError", "status"]);
    expect(JSON.stringify(list)).not.toContain("secret comment");
  });

  it("an empty list when nothing was sent", async () => {
    expect(await listWebhookDeliveries(b.actors.ADMIN)).toEqual([]);
  });
});

describe("removeWebhook", () => {
  it("clears URL and secret and abandons waiting deliveries; delivered ones stay", async () => {
    await setWebhookUrl(a.actors.ADMIN, { url });
    await recordTestDelivery(a.actors.ADMIN);
    await deliverDueWebhooks();
    const waiting = await recordTestDelivery(a.actors.ADMIN);
    expect(await removeWebhook(a.actors.ADMIN)).toEqual({ abandoned: 1 });
    expect(await webhookOf(a.organisationId)).toEqual({ webhookUrl: null, webhookSecret: null });
    expect(await db().webhookDelivery.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({
      status: "FAILED",
      lastError: "webhook removed",
      nextAttemptAt: null,
    });
    expect(await db().webhookDelivery.count({ where: { status: "DELIVERED" } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "webhook.remove" } })).toBe(1);
  });
});

describe("access", () => {
  it.each(roles.filter((role) => role !== "ADMIN"))("%s is refused everywhere and nothing is written", async (role) => {
    await setWebhookUrl(a.actors.ADMIN, { url });
    const before = await webhookOf(a.organisationId);
    const actor = a.actors[role];
    await expect(setWebhookUrl(actor, { url: `${url}/other` })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(rotateWebhookSecret(actor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordTestDelivery(actor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeWebhook(actor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listWebhookDeliveries(actor)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await webhookOf(a.organisationId)).toEqual(before);
    expect(await db().webhookDelivery.count()).toBe(0);
  });

  it("an ADMIN changes only their own organisation's webhook", async () => {
    await setWebhookUrl(b.actors.ADMIN, { url });
    const before = await webhookOf(b.organisationId);
    await setWebhookUrl(a.actors.ADMIN, { url: `${url}/a` });
    await rotateWebhookSecret(a.actors.ADMIN);
    await removeWebhook(a.actors.ADMIN);
    expect(await webhookOf(b.organisationId)).toEqual(before);
  });
});
