// The organisation's survey wording and email templates (issue 13 §2, docs/emails.md): read
// with catalogue:read; the customer side (wording, SURVEY_LINK) written with catalogue:customer,
// the employee side (wording, pulse emails) with catalogue:employee. Validated with zod and the
// template rules (nothing written on an error); each change audited in the same transaction.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import type { EmailTemplateKind, TemplateIssue } from "@/lib/wording/email-template";
import {
  emailTemplateIssues,
  ZEmailTemplateInput,
  ZSurveyWordingInput,
  type EmailTemplateField,
  type SurveyWordingField,
  type SurveyWordingInput,
} from "@/lib/wording/wording-schema";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

type Side = "CUSTOMER" | "EMPLOYEE";
type Locale = "fr" | "en";

export interface SurveyWordingDto {
  locale: Locale;
  side: Side;
  name: string | null;
  intro: string | null;
  thankYou: string | null;
}

export interface EmailTemplateDto {
  kind: EmailTemplateKind;
  locale: Locale;
  subject: string;
  body: string;
}

export interface WordingSettingsDto {
  organisationName: string;
  wordings: SurveyWordingDto[];
  templates: EmailTemplateDto[];
  canEdit: Record<Side, boolean>;
}

const sideOfKind = (kind: EmailTemplateKind): Side => (kind === "SURVEY_LINK" ? "CUSTOMER" : "EMPLOYEE");
const actionOf = (side: Side) => (side === "CUSTOMER" ? "catalogue:customer" : "catalogue:employee");

function requireUser(principal: Principal, action: "catalogue:read" | "catalogue:customer" | "catalogue:employee") {
  if (principal.kind !== "user" || !can(principal, action)) throw new ForbiddenError();
  return principal;
}

export async function getWordingSettings(principal: Principal): Promise<WordingSettingsDto> {
  return withOrganisation(principal.organisationId, async () => {
    const actor = requireUser(principal, "catalogue:read");
    const where = { organisationId: actor.organisationId };
    const [organisation, wordings, templates] = await Promise.all([
      db().organisation.findUniqueOrThrow({ where: { id: actor.organisationId }, select: { name: true } }),
      db().surveyWording.findMany({ where, select: { locale: true, side: true, name: true, intro: true, thankYou: true } }),
      db().emailTemplate.findMany({ where, select: { kind: true, locale: true, subject: true, body: true } }),
    ]);
    return {
      organisationName: organisation.name,
      wordings,
      templates,
      canEdit: { CUSTOMER: can(actor, "catalogue:customer"), EMPLOYEE: can(actor, "catalogue:employee") },
    };
  });
}

export type SaveSurveyWordingResult =
  { ok: true; data: SurveyWordingInput } | { ok: false; fieldErrors: Partial<Record<SurveyWordingField | "form", "tooLong" | "invalid">> };

/** Saves one locale and side's wording; all fields empty removes the row (standard wording again). */
export async function saveSurveyWording(principal: Principal, input: unknown): Promise<SaveSurveyWordingResult> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "catalogue:read")) throw new ForbiddenError();
    const parsed = ZSurveyWordingInput.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Partial<Record<SurveyWordingField | "form", "tooLong" | "invalid">> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === "name" || field === "intro" || field === "thankYou")
          fieldErrors[field] = issue.message === "tooLong" ? "tooLong" : "invalid";
        else fieldErrors.form = "invalid";
      }
      return { ok: false, fieldErrors };
    }
    const data = parsed.data;
    const actor = requireUser(principal, actionOf(data.side));
    const key = { organisationId: actor.organisationId, locale: data.locale, side: data.side };
    const empty = data.name === null && data.intro === null && data.thankYou === null;
    await db().$transaction(async (tx) => {
      const before = await tx.surveyWording.findUnique({ where: { organisationId_locale_side: key } });
      if (empty) await tx.surveyWording.deleteMany({ where: key });
      else
        await tx.surveyWording.upsert({
          where: { organisationId_locale_side: key },
          create: { ...key, name: data.name, intro: data.intro, thankYou: data.thankYou },
          update: { name: data.name, intro: data.intro, thankYou: data.thankYou },
        });
      await tx.auditLog.create({
        data: {
          organisationId: actor.organisationId,
          actorId: actor.membershipId,
          action: "wording.survey.update",
          targetType: "SurveyWording",
          targetId: `${data.side}:${data.locale}`,
          metadata: {
            from: before ? { name: before.name, intro: before.intro, thankYou: before.thankYou } : null,
            to: empty ? null : { name: data.name, intro: data.intro, thankYou: data.thankYou },
          },
        },
      });
    });
    return { ok: true, data };
  });
}

export type SaveEmailTemplateResult =
  { ok: true; reset: boolean } | { ok: false; fieldErrors: Partial<Record<EmailTemplateField, TemplateIssue[]>>; formError?: "invalid" };

/** Saves one kind and locale's template; subject and body both empty go back to the built-in email. */
export async function saveEmailTemplate(principal: Principal, input: unknown): Promise<SaveEmailTemplateResult> {
  return withOrganisation(principal.organisationId, async () => {
    if (principal.kind !== "user" || !can(principal, "catalogue:read")) throw new ForbiddenError();
    const parsed = ZEmailTemplateInput.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: {}, formError: "invalid" };
    const data = parsed.data;
    const actor = requireUser(principal, actionOf(sideOfKind(data.kind)));
    const fieldErrors = emailTemplateIssues(data);
    if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
    const reset = data.subject.trim() === "" && data.body.trim() === "";
    const key = { organisationId: actor.organisationId, kind: data.kind, locale: data.locale };
    const subject = data.subject.trim();
    const body = data.body.trim();
    await db().$transaction(async (tx) => {
      const before = await tx.emailTemplate.findUnique({ where: { organisationId_kind_locale: key } });
      if (reset) await tx.emailTemplate.deleteMany({ where: key });
      else
        await tx.emailTemplate.upsert({
          where: { organisationId_kind_locale: key },
          create: { ...key, subject, body },
          update: { subject, body },
        });
      await tx.auditLog.create({
        data: {
          organisationId: actor.organisationId,
          actorId: actor.membershipId,
          action: reset ? "wording.email.reset" : "wording.email.update",
          targetType: "EmailTemplate",
          targetId: `${data.kind}:${data.locale}`,
          metadata: { from: before ? { subject: before.subject, body: before.body } : null, to: reset ? null : { subject, body } },
        },
      });
    });
    return { ok: true, reset };
  });
}
