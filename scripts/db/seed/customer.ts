// Builds ~20 000 customer contacts (May to mid-November 2026), their single-use links and
// the ~40 % answered, with items, irritants and closed-loop follow-ups of detractors.
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import { DEFAULT_IRRITANT_PAIRS, DEFAULT_MIRRORED_ITEMS } from "@/lib/surveys/defaults";
import type { DefaultCatalogueIds } from "@/lib/db/internal/organisations/create-catalogues";
import { addDays, addHours, CONTACT_MONTHS, monthEnd, monthStart, SEED_NOW } from "./calendar";
import { buildFollowUp } from "./follow-ups";
import type { LeafTeam } from "./org";
import { PROFILE_MIX } from "./profiles";
import type { Rng } from "./prng";
import { customerDriver, customerScore, drawDistinct, irritantCount, itemValue } from "./story";
import { customerComment, drawFromId, otherIrritant } from "./verbatims";

export type CustomerRows = {
  contacts: Prisma.ContactCreateManyInput[];
  responses: Prisma.CustomerResponseCreateManyInput[];
  items: Prisma.CustomerItemAnswerCreateManyInput[];
  irritants: Prisma.CustomerResponseIrritantCreateManyInput[];
  followUps: Prisma.FollowUpCreateManyInput[];
};

export type CustomerInput = {
  organisationId: string;
  leaves: LeafTeam[];
  climates: Map<string, number[]>;
  catalogues: DefaultCatalogueIds;
  managerByService: Map<string, string>;
};

/** Contacts per unit of team volume per month: Σ volume ≈ 13.9 over ~6.6 months: ~19 000 with the wobble. */
const CONTACTS_PER_VOLUME = 208;

export function buildCustomerSide(rng: Rng, input: CustomerInput): CustomerRows {
  const rows: CustomerRows = { contacts: [], responses: [], items: [], irritants: [], followUps: [] };
  let sequence = 0;
  for (const leaf of input.leaves) {
    for (const month of CONTACT_MONTHS) {
      const start = monthStart(month).getTime();
      const span = monthEnd(month).getTime() - start;
      const monthShare = span / (30 * 86_400_000);
      const count = Math.round(leaf.plan.volume * CONTACTS_PER_VOLUME * monthShare * (0.9 + 0.2 * rng.next()));
      const driver = customerDriver(leaf.plan, input.climates.get(leaf.plan.externalId)!, month);
      for (let i = 0; i < count; i++) {
        const occurredAt = new Date(start + Math.floor(rng.next() * span));
        addContact(rng, rows, input, { leaf, driver, occurredAt, sequence: ++sequence });
      }
    }
  }
  return rows;
}

type ContactDraft = { leaf: LeafTeam; driver: number; occurredAt: Date; sequence: number };

function addContact(rng: Rng, rows: CustomerRows, input: CustomerInput, draft: ContactDraft) {
  const { organisationId, catalogues } = input;
  const mix = PROFILE_MIX[draft.leaf.plan.profile];
  const channel = mix.channels[rng.weightedIndex(mix.channels.map(([, w]) => w))]![0];
  const momentKey = mix.moments[rng.weightedIndex(mix.moments.map(([, w]) => w))]![0];
  const locale = rng.chance(0.08) ? ("en" as const) : ("fr" as const);
  const hasEmail = rng.chance(0.55);
  const contact = {
    id: rng.uuid(),
    organisationId,
    teamId: draft.leaf.id,
    momentOfTruthId: catalogues.customerMoments[momentKey]!,
    channel,
    locale,
    occurredAt: draft.occurredAt,
    createdAt: addHours(draft.occurredAt, 0.05),
  };
  const row = {
    ...contact,
    externalId: `CRM-2026-${String(draft.sequence).padStart(6, "0")}`,
    agentExternalId:
      channel === "FIELD" || channel === "STORE"
        ? null
        : `AG-${draft.leaf.plan.externalId.slice(2)}-${String(rng.int(1, draft.leaf.plan.size)).padStart(2, "0")}`,
    customerEmail: hasEmail ? `client.${draft.sequence}@example.com` : null,
    emailStatus: hasEmail ? "SENT" : "NONE",
    emailAttempts: hasEmail ? 1 : 0,
    emailSentAt: hasEmail ? addHours(draft.occurredAt, 0.1) : null,
  } as const;
  // Answered within hours for most, up to three days for the rest; not after "now".
  const delay = rng.chance(0.6) ? 0.1 + 3 * rng.next() : 3 + 69 * rng.next();
  const submittedAt = addHours(draft.occurredAt, delay);
  const answered = rng.chance(0.4) && submittedAt < SEED_NOW;
  const token = rng.bytes(24).toString("base64url");
  rng.uuid(); // once a separate link row's id: still drawn, so the demo's random stream (and figures) stay as they were
  rows.contacts.push({
    ...row,
    ...(hasEmail && !answered && draft.sequence % 97 === 0 ? failedEmail(draft.sequence) : {}),
    tokenHash: createHash("sha256").update(token).digest(),
    linkExpiresAt: addDays(draft.occurredAt, 30),
    linkUsedAt: answered ? submittedAt : null,
  });
  if (answered) addResponse(rng, rows, input, { contact, leaf: draft.leaf, driver: draft.driver, submittedAt });
}

/** Why a link email bounced, as the mail job stores it (scrubMailError: the address redacted). */
const MAIL_ERRORS = [
  "Can't send mail - all recipients were rejected: 550 5.1.1 <<redacted>>: Recipient address rejected: User unknown in virtual mailbox table",
  "Can't send mail - all recipients were rejected: 552 5.2.2 <<redacted>>: Mailbox full",
  "Greeting never received",
  "Can't send mail - all recipients were rejected: 550 5.7.1 Message rejected as spam by Content Filtering",
  "Connection timeout",
] as const;

/**
 * About one in 97 of the emailed contacts who did not answer: the mail job tried 6 times and gave up.
 * Derived from the sequence only, so the seed's random stream (and every figure drawn from it)
 * is unchanged.
 */
function failedEmail(sequence: number) {
  const lastError = MAIL_ERRORS[Math.floor(sequence / 97) % MAIL_ERRORS.length]!;
  return { emailStatus: "FAILED", emailAttempts: 6, emailSentAt: null, emailLastError: lastError } as const;
}

type Answer = {
  contact: { id: string; teamId: string; momentOfTruthId: string; channel: Prisma.ContactCreateManyInput["channel"]; locale: "fr" | "en" };
  leaf: LeafTeam;
  driver: number;
  submittedAt: Date;
};

function addResponse(rng: Rng, rows: CustomerRows, input: CustomerInput, answer: Answer) {
  const { organisationId, catalogues } = input;
  const { contact } = answer;
  const id = rng.uuid();
  const score = customerScore(rng, answer.driver);
  rows.responses.push({
    id,
    organisationId,
    contactId: contact.id,
    teamId: contact.teamId,
    momentOfTruthId: contact.momentOfTruthId,
    channel: contact.channel,
    locale: contact.locale,
    submissionId: rng.uuid(),
    score,
    submittedAt: answer.submittedAt,
    // One draw each, as the fixed lists took: the rest of the seed keeps its values.
    comment: rng.chance(0.45) ? customerComment(rng.next(), contact.locale, score) : null,
    irritantOther: rng.chance(0.02) ? otherIrritant(drawFromId(id, "other"), contact.locale === "en" ? "customerEn" : "customerFr") : null,
  });
  // The items are optional on the customer form: about 70 % answer them.
  if (rng.chance(0.7)) {
    for (const { dimension } of DEFAULT_MIRRORED_ITEMS) {
      if (rng.chance(0.9))
        rows.items.push({ organisationId, responseId: id, itemId: catalogues.items[dimension]!, value: itemValue(rng, score) });
    }
  }
  for (const pair of drawDistinct(rng, PROFILE_MIX[answer.leaf.plan.profile].irritants, irritantCount(rng, score))) {
    rows.irritants.push({
      organisationId,
      responseId: id,
      irritantId: catalogues.customerIrritants[DEFAULT_IRRITANT_PAIRS[pair]!.customer.key]!,
    });
  }
  if (score <= 6 && rng.chance(0.35)) {
    rows.followUps.push(
      buildFollowUp(rng, {
        organisationId,
        teamId: contact.teamId,
        responseId: id,
        submittedAt: answer.submittedAt,
        assigneeId: input.managerByService.get(answer.leaf.serviceExternalId) ?? null,
      }),
    );
  }
}
