"use server";
// Server actions of the API keys page: authenticate, parse with zod, call the data layer
// (which checks the ADMIN policy itself), map errors to the action contract.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/get-actor";
import { createApiKey, ZCreateApiKeyInput } from "@/lib/db/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/db/api-keys/revoke-api-key";
import { ExpectedError } from "@/lib/errors";

export type ApiKeyActionCode = "INVALID_NAME" | "INVALID_SCOPES" | "FORBIDDEN" | "NOT_FOUND" | "UNEXPECTED";

export type CreateApiKeyState = { ok: true; data: { name: string; prefix: string; key: string } } | { ok: false; code: ApiKeyActionCode } | null;
export type RevokeApiKeyState = { ok: true; data: { id: string } } | { ok: false; code: ApiKeyActionCode } | null;

const ZRevokeInput = z.object({ id: z.uuid() });

function failure(error: unknown): { ok: false; code: ApiKeyActionCode } {
  if (error instanceof ExpectedError) {
    if (error.code === "FORBIDDEN" || error.code === "UNAUTHENTICATED") return { ok: false, code: "FORBIDDEN" };
    if (error.code === "NOT_FOUND") return { ok: false, code: "NOT_FOUND" };
    if (error.code === "INVALID_INPUT") return { ok: false, code: "INVALID_NAME" };
  }
  console.error(`[settings/api-keys] action failed: ${error instanceof Error ? error.stack : String(error)}`);
  return { ok: false, code: "UNEXPECTED" };
}

export async function createApiKeyAction(_previous: CreateApiKeyState, form: FormData): Promise<CreateApiKeyState> {
  const actor = await getActor();
  if (!actor) return { ok: false, code: "FORBIDDEN" };
  const parsed = ZCreateApiKeyInput.safeParse({ name: form.get("name"), scopes: form.getAll("scopes") });
  if (!parsed.success) return { ok: false, code: parsed.error.issues[0]?.path[0] === "scopes" ? "INVALID_SCOPES" : "INVALID_NAME" };
  try {
    const created = await createApiKey(actor, parsed.data);
    revalidatePath("/[locale]/settings/api-keys", "page");
    return { ok: true, data: { name: created.name, prefix: created.prefix, key: created.key } };
  } catch (error) {
    return failure(error);
  }
}

export async function revokeApiKeyAction(_previous: RevokeApiKeyState, form: FormData): Promise<RevokeApiKeyState> {
  const actor = await getActor();
  if (!actor) return { ok: false, code: "FORBIDDEN" };
  const parsed = ZRevokeInput.safeParse({ id: form.get("id") });
  if (!parsed.success) return { ok: false, code: "NOT_FOUND" };
  try {
    await revokeApiKey(actor, parsed.data.id);
    revalidatePath("/[locale]/settings/api-keys", "page");
    return { ok: true, data: { id: parsed.data.id } };
  } catch (error) {
    return failure(error);
  }
}
