"use server";
// Server actions of the settings page's webhook section, built with the one action wrapper
// (ADMIN; 403 for anyone else): save the URL after the SSRF guard, new secret (shown once),
// test event, removal.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor-types";
import { removeWebhook } from "@/lib/db/organisations/remove-webhook";
import { rotateWebhookSecret } from "@/lib/db/organisations/rotate-webhook-secret";
import { setWebhookUrl } from "@/lib/db/organisations/set-webhook-url";
import { recordTestDelivery } from "@/lib/db/webhook-deliveries/record-test-delivery";
import { ActionRefusal, serverAction } from "@/lib/http/server-action";
import type { Messages } from "@/lib/i18n/messages";
import type { UrlProblem } from "@/lib/webhooks/url-policy";

const problemKeys: Record<UrlProblem, keyof Messages["webhooks"]> = {
  invalid: "errorInvalid",
  scheme: "errorScheme",
  credentials: "errorCredentials",
  port: "errorPort",
  address: "errorAddress",
  unresolvable: "errorUnresolvable",
};

const messages = (t: Messages) => ({ CONFLICT: t.webhooks.errorNoWebhook });
const refresh = () => revalidatePath("/[locale]/settings", "page");

export const saveWebhookUrlAction = serverAction(
  { name: "settings/webhook/url", input: z.object({ url: z.string().catch("") }), can: "settings:manage", keep: ["url"], messages },
  async ({ actor, input, t }) => {
    const result = await setWebhookUrl(actor, input);
    if (!result.ok) {
      const sentence = t.webhooks[problemKeys[result.problem]];
      throw new ActionRefusal(result.problem, sentence, { url: sentence });
    }
    refresh();
    return { url: result.url, secret: result.secret };
  },
);

/** A one-button action: the work, then a fresh page. */
function buttonAction(name: string, work: (actor: Actor) => Promise<{ secret?: string }>) {
  return serverAction({ name: `settings/webhook/${name}`, input: z.object({}), can: "settings:manage", messages }, async ({ actor }) => {
    const done = await work(actor);
    refresh();
    return done;
  });
}

export const rotateWebhookSecretAction = buttonAction("rotate-secret", rotateWebhookSecret);

export const sendTestWebhookAction = buttonAction("test-event", async (actor) => {
  await recordTestDelivery(actor);
  return {};
});

export const removeWebhookAction = buttonAction("remove", async (actor) => {
  await removeWebhook(actor);
  return {};
});
