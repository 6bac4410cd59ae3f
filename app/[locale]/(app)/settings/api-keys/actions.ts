"use server";
// Server actions of the API keys page, built with the one action wrapper (same-origin, ADMIN
// policy, zod, error contract); the data layer checks the policy again and writes.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createApiKey, ZCreateApiKeyInput } from "@/lib/db/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/db/api-keys/revoke-api-key";
import { serverAction } from "@/lib/http/server-action";
import type { Messages } from "@/lib/i18n/messages";

const messages = (t: Messages) => ({ INVALID_INPUT: t.apiKeys.errorInvalidName, NOT_FOUND: t.apiKeys.errorNotFound });
const refresh = () => revalidatePath("/[locale]/settings/api-keys", "page");

export const createApiKeyAction = serverAction(
  {
    name: "settings/api-keys/create",
    input: ZCreateApiKeyInput,
    can: "organisation:manage",
    // Scopes are repeated checkboxes: every ticked value, not only the first.
    read: (form) => ({ name: form.get("name"), scopes: form.getAll("scopes") }),
    messages,
  },
  async ({ actor, input }) => {
    const created = await createApiKey(actor, input);
    refresh();
    return { name: created.name, prefix: created.prefix, secret: created.key };
  },
);

export const revokeApiKeyAction = serverAction(
  {
    name: "settings/api-keys/revoke",
    input: z.object({ id: z.uuid() }),
    can: "organisation:manage",
    messages: (t) => ({ ...messages(t), INVALID_INPUT: t.apiKeys.errorNotFound }),
  },
  async ({ actor, input }) => {
    await revokeApiKey(actor, input.id);
    refresh();
    return { id: input.id };
  },
);
