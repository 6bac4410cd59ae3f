"use server";
// Server actions of the SCIM provisioning page, built with the one action wrapper (same-origin,
// ADMIN policy, zod, error contract); the data layer checks the policy again, writes and audits.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createScimToken, ZCreateScimTokenInput } from "@/lib/db/scim-tokens/create-scim-token";
import { revokeScimToken } from "@/lib/db/scim-tokens/revoke-scim-token";
import { serverAction } from "@/lib/http/server-action";
import type { Messages } from "@/lib/i18n/messages";

const messages = (t: Messages) => ({ INVALID_INPUT: t.scimTokens.errorInvalidName, NOT_FOUND: t.scimTokens.errorNotFound });
const refresh = () => revalidatePath("/[locale]/settings/scim", "page");

export const createScimTokenAction = serverAction(
  { name: "settings/scim/create", input: ZCreateScimTokenInput, can: "organisation:manage", messages },
  async ({ actor, input }) => {
    const created = await createScimToken(actor, input);
    refresh();
    return { name: created.name, prefix: created.prefix, secret: created.token };
  },
);

export const revokeScimTokenAction = serverAction(
  {
    name: "settings/scim/revoke",
    input: z.object({ id: z.uuid() }),
    can: "organisation:manage",
    messages: (t) => ({ ...messages(t), INVALID_INPUT: t.scimTokens.errorNotFound }),
  },
  async ({ actor, input }) => {
    await revokeScimToken(actor, input.id);
    refresh();
    return { id: input.id };
  },
);
