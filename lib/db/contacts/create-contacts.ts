// createContacts: the one path by which customer contacts enter (REST single and bulk, CSV
// import). Validates every row itself, stores the valid ones with their survey links in
// one set-based statement, reports the invalid ones by index and field; idempotent on
// externalId (same externalId → same contact, same link, same URL).
import type { Principal } from "@/lib/auth/actor-types";
import { authSecret } from "@/lib/auth/secret";
import { can } from "@/lib/auth/policy";
import { ExpectedError, ForbiddenError } from "@/lib/errors";
import type { FieldError } from "@/lib/errors";
import { contactFieldErrors, MAX_CONTACTS_PER_CALL, ZCreateContactInput, type CreateContactInput } from "@/lib/surveys/contact-schema";
import { linkTokenFor } from "@/lib/surveys/tokens";
import { auditedBy } from "@/lib/db/internal/audit/write-audit";
import {
  findStoredContacts,
  insertContactRows,
  type ContactRow,
  type ContactsInsertAudit,
} from "@/lib/db/internal/contacts/insert-contacts";
import { loadRefResolver } from "@/lib/db/internal/contacts/resolve-contact-refs";
import { uuidV7Batch } from "./uuid-v7";
import { withOrganisation } from "../tenant-context";

export type { FieldError };

export type ContactResult =
  | { index: number; status: "created" | "existing"; id: string; url: string; expiresAt: string }
  | { index: number; status: "invalid"; errors: FieldError[] };

export interface CreateContactsOptions {
  /** Origin the respondent URLs start with, e.g. https://nps.example.com (no trailing slash needed). */
  baseUrl: string;
  /** Audit the call (e.g. "contacts.import") in the insert's own statement when it stores any contact. */
  audit?: { action: string; metadata?: Record<string, unknown> };
}

type Candidate = { index: number; row: ContactRow; token: string };

export async function createContacts(
  principal: Principal,
  inputs: readonly unknown[] | readonly CreateContactInput[],
  options: CreateContactsOptions,
): Promise<{ results: ContactResult[] }> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "contacts:manage")) throw new ForbiddenError();
    if (inputs.length > MAX_CONTACTS_PER_CALL)
      throw new ExpectedError("INVALID_INPUT", `at most ${MAX_CONTACTS_PER_CALL} contacts per call`);
    const results: Array<ContactResult | undefined> = new Array(inputs.length);
    const valid: Array<{ index: number; input: CreateContactInput }> = [];
    inputs.forEach((raw, index) => {
      const parsed = ZCreateContactInput.safeParse(raw);
      if (parsed.success) valid.push({ index, input: parsed.data });
      else results[index] = { index, status: "invalid", errors: contactFieldErrors(parsed.error) };
    });
    if (valid.length === 0) return { results: results as ContactResult[] };

    const organisationId = principal.organisationId;
    const resolver = await loadRefResolver(
      organisationId,
      valid.map((v) => v.input),
    );
    if (resolver.linkExpiryDays === null) throw new Error("the principal's organisation does not exist");
    const expiresAt = new Date(Date.now() + resolver.linkExpiryDays * 86_400_000);
    const secret = authSecret();
    const base = options.baseUrl.replace(/\/+$/, "");
    const urlFor = (locale: string, token: string) => `${base}/${locale}/r/${token}`;

    // First occurrence of an externalId in the call is inserted; later ones reuse its contact.
    const candidates: Candidate[] = [];
    const firstByExternalId = new Map<string, Candidate>();
    const repeats: Array<{ index: number; externalId: string }> = [];
    const ids = uuidV7Batch(valid.length);
    for (const { index, input } of valid) {
      const resolved = resolver.resolve(input);
      if (!resolved.ok) {
        results[index] = { index, status: "invalid", errors: resolved.errors };
        continue;
      }
      if (input.externalId !== undefined && firstByExternalId.has(input.externalId)) {
        repeats.push({ index, externalId: input.externalId });
        continue;
      }
      const id = ids[candidates.length]!;
      const { token, hash } = linkTokenFor(secret, id);
      const candidate: Candidate = { index, token, row: toRow(input, resolved.refs, id, Buffer.from(hash).toString("hex")) };
      candidates.push(candidate);
      if (input.externalId !== undefined) firstByExternalId.set(input.externalId, candidate);
    }

    const inserted = await insertContactRows(
      organisationId,
      candidates.map((c) => c.row),
      expiresAt,
      options.audit && auditOf(principal, options.audit, inputs.length, results, candidates.length + repeats.length),
    );
    const conflicted = candidates.filter((c) => !inserted.has(c.row.id));
    const stored = await findStoredContacts(
      organisationId,
      conflicted.map((c) => c.row.externalId!),
    );
    const storedByExternalId = new Map(stored.map((s) => [s.externalId, s]));

    const outcomeOf = new Map<Candidate, Extract<ContactResult, { status: "created" | "existing" }>>();
    for (const candidate of candidates) {
      const { index, row, token } = candidate;
      if (inserted.has(row.id)) {
        outcomeOf.set(candidate, {
          index,
          status: "created",
          id: row.id,
          url: urlFor(row.locale, token),
          expiresAt: expiresAt.toISOString(),
        });
        continue;
      }
      const existing = storedByExternalId.get(row.externalId!);
      if (!existing) throw new Error("contact conflicted on externalId but cannot be found");
      const url = urlFor(existing.locale, linkTokenFor(secret, existing.id).token);
      outcomeOf.set(candidate, { index, status: "existing", id: existing.id, url, expiresAt: existing.expiresAt.toISOString() });
    }
    for (const [candidate, outcome] of outcomeOf) results[candidate.index] = outcome;
    for (const { index, externalId } of repeats) {
      const first = outcomeOf.get(firstByExternalId.get(externalId)!)!;
      results[index] = { ...first, index, status: "existing" };
    }
    return { results: results as ContactResult[] };
  });
}

function auditOf(
  principal: Principal,
  audit: NonNullable<CreateContactsOptions["audit"]>,
  received: number,
  results: Array<ContactResult | undefined>,
  storedOrExisting: number,
): ContactsInsertAudit {
  const { actorId, via } = auditedBy(principal);
  const invalid = results.filter((result) => result?.status === "invalid").length;
  return { actorId, action: audit.action, metadata: { ...via, ...audit.metadata, received, invalid }, storedOrExisting };
}

function toRow(input: CreateContactInput, refs: { teamId: string; momentOfTruthId: string }, id: string, tokenHashHex: string): ContactRow {
  return {
    id,
    tokenHashHex,
    teamId: refs.teamId,
    momentOfTruthId: refs.momentOfTruthId,
    // The API speaks lowercase channels; the database enum is uppercase.
    channel: input.channel.toUpperCase() as ContactRow["channel"],
    locale: input.locale,
    externalId: input.externalId ?? null,
    agentExternalId: input.agentExternalId ?? null,
    customerEmail: input.customerEmail ?? null,
    occurredAt: input.occurredAt ?? null,
  };
}
