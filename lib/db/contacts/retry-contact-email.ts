// "Retry now" on a contact whose link email failed (ADMIN, CX): back to PENDING, due at once, so
// the mail job (send-due-link-emails.ts) sends it on its next pass; one audit row. Refused, with
// nothing written, when the email could not or should not go: no address, already answered, link
// expired, not FAILED, or an attempt already scheduled — which is also how a send in flight looks
// (its claim pushes the next attempt into the future), so a retry can never send it twice.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { inPgTransaction } from "../in-pg-transaction";
import { withOrganisation } from "../tenant-context";

export const ZRetryContactEmailInput = z.object({ contactId: z.uuid() });

export type RetryRefusal = "notFailed" | "noEmail" | "answered" | "expired" | "scheduled";

export type RetryContactEmailResult = { ok: true } | { ok: false; reason: RetryRefusal };

interface ContactState {
  emailStatus: string;
  hasEmail: boolean;
  answered: boolean;
  expired: boolean;
  scheduled: boolean;
  emailAttempts: number;
  emailLastError: string | null;
}

// The row is locked until commit: the respondent's answer and the mail job's claim wait for us.
const STATE_SQL = `
  SELECT c."emailStatus", c."customerEmail" IS NOT NULL AS "hasEmail", (c."linkUsedAt" IS NOT NULL OR r.id IS NOT NULL) AS answered,
         c."linkExpiresAt" <= now() AS expired, coalesce(c."emailNextAttemptAt" > now(), false) AS scheduled,
         c."emailAttempts", c."emailLastError"
  FROM "Contact" c LEFT JOIN "CustomerResponse" r ON r."contactId" = c.id AND r."organisationId" = c."organisationId"
  WHERE c.id = $1 AND c."organisationId" = $2
  FOR UPDATE OF c`;

function refusal(state: ContactState): RetryRefusal | null {
  if (state.emailStatus !== "FAILED") return "notFailed";
  if (!state.hasEmail) return "noEmail";
  if (state.answered) return "answered";
  if (state.expired) return "expired";
  if (state.scheduled) return "scheduled";
  return null;
}

/** Another organisation's contact, or an unknown id, is "not found". */
export async function retryContactEmail(actor: Actor, input: { contactId: string }): Promise<RetryContactEmailResult> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "contacts:manage")) throw new ForbiddenError();
    const parsed = ZRetryContactEmailInput.safeParse(input);
    if (!parsed.success) throw new NotFoundError("contact");
    const { contactId } = parsed.data;
    return inPgTransaction(async (client) => {
      const {
        rows: [state],
      } = await client.query<ContactState>(STATE_SQL, [contactId, actor.organisationId]);
      if (!state) throw new NotFoundError("contact");
      const refused = refusal(state);
      if (refused) return { ok: false, reason: refused };
      await client.query(
        `UPDATE "Contact" SET "emailStatus" = 'PENDING', "emailNextAttemptAt" = now() WHERE id = $1 AND "organisationId" = $2`,
        [contactId, actor.organisationId],
      );
      await client.query(
        `INSERT INTO "AuditLog" ("organisationId", "actorId", action, "targetType", "targetId", metadata) VALUES ($1, $2, 'contact.email.retry', 'Contact', $3, $4)`,
        [actor.organisationId, actor.membershipId, contactId, { attempts: state.emailAttempts, lastError: state.emailLastError }],
      );
      return { ok: true };
    });
  });
}
