"use server";
// Server actions of the settings page's webhook section (ADMIN; 403 for anyone else): save the
// URL after the SSRF guard, new secret (shown once), test event, removal.
import { revalidatePath } from "next/cache";
import { forbidden } from "next/navigation";
import { requireActionActor } from "@/lib/auth/action-guard";
import type { Actor } from "@/lib/auth/actor-types";
import { removeWebhook } from "@/lib/db/organisations/remove-webhook";
import { rotateWebhookSecret } from "@/lib/db/organisations/rotate-webhook-secret";
import { setWebhookUrl } from "@/lib/db/organisations/set-webhook-url";
import { recordTestDelivery } from "@/lib/db/webhook-deliveries/record-test-delivery";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import type { WebhookButtonState, WebhookErrorCode, WebhookUrlState } from "@/components/settings/form-states";

function failure(error: unknown, what: string): { ok: false; code: WebhookErrorCode } {
  if (error instanceof ForbiddenError) forbidden();
  if (error instanceof ExpectedError && error.code === "CONFLICT") return { ok: false, code: "NO_WEBHOOK" };
  console.error(`[settings/webhook] ${what} failed: ${error instanceof Error ? error.stack : String(error)}`);
  return { ok: false, code: "UNEXPECTED" };
}

const refresh = () => revalidatePath("/[locale]/settings", "page");

export async function saveWebhookUrlAction(_previous: WebhookUrlState, form: FormData): Promise<WebhookUrlState> {
  const actor = await requireActionActor("settings:manage");
  const raw = form.get("url");
  const url = typeof raw === "string" ? raw : "";
  try {
    const result = await setWebhookUrl(actor, { url });
    if (!result.ok) return { ok: false, code: result.problem, url };
    refresh();
    return { ok: true, url: result.url, secret: result.secret };
  } catch (error) {
    return { ...failure(error, "save URL"), url };
  }
}

/** A one-button action: the work, then a fresh page; failures become a code. */
async function buttonAction(what: string, work: (actor: Actor) => Promise<{ secret?: string }>): Promise<WebhookButtonState> {
  const actor = await requireActionActor("settings:manage");
  try {
    const done = await work(actor);
    refresh();
    return { ok: true, ...done };
  } catch (error) {
    return failure(error, what);
  }
}

export async function rotateWebhookSecretAction(_previous: WebhookButtonState): Promise<WebhookButtonState> {
  return buttonAction("rotate secret", rotateWebhookSecret);
}

export async function sendTestWebhookAction(_previous: WebhookButtonState): Promise<WebhookButtonState> {
  return buttonAction("test event", async (actor) => {
    await recordTestDelivery(actor);
    return {};
  });
}

export async function removeWebhookAction(_previous: WebhookButtonState): Promise<WebhookButtonState> {
  return buttonAction("remove", async (actor) => {
    await removeWebhook(actor);
    return {};
  });
}
