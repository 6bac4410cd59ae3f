"use server";
// Server actions of the "Wording and emails" page, built with the one action wrapper: the data
// layer checks the side's permission (catalogue:customer / catalogue:employee), validates with
// zod and the template rules, writes and audits; a refusal comes back with each field's sentence.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { saveEmailTemplate, saveSurveyWording } from "@/lib/db/wording/wording-settings";
import { ActionRefusal, serverAction } from "@/lib/http/server-action";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { TemplateIssue } from "@/lib/wording/email-template";
import { NAME_MAX, TEXT_MAX } from "@/lib/wording/wording-schema";

const text = z.string().catch("");
// `lang` is the wording's language (the form's `locale` would be the page's).
const ZWordingForm = z.object({ lang: text, side: text, name: text, intro: text, thankYou: text });
const ZTemplateForm = z.object({ lang: text, kind: text, subject: text, body: text });

/** The first issue of a template field as a sentence. */
function issueSentence(issue: TemplateIssue, t: Messages["wording"]): string {
  if (issue.code === "unknownVariable") return fmt(t.errors.unknownVariable, { name: issue.name });
  if (issue.code === "markup") return fmt(t.errors.markup, { text: issue.text });
  if (issue.code === "tooLong") return fmt(t.errors.tooLong, { max: issue.max });
  return t.errors.empty;
}

export const saveWordingAction = serverAction(
  { name: "wording/save", input: ZWordingForm, keep: ["lang", "side", "name", "intro", "thankYou"] },
  async ({ actor, input, t }) => {
    const result = await saveSurveyWording(actor, {
      locale: input.lang,
      side: input.side,
      name: input.name,
      intro: input.intro,
      thankYou: input.thankYou,
    });
    if (!result.ok) {
      const max = { name: NAME_MAX, intro: TEXT_MAX, thankYou: TEXT_MAX, form: 0 };
      const fieldErrors = Object.fromEntries(
        Object.entries(result.fieldErrors).map(([field, code]) => [
          field,
          code === "tooLong" ? fmt(t.wording.errors.tooLong, { max: max[field as keyof typeof max] }) : t.wording.errors.invalid,
        ]),
      );
      throw new ActionRefusal("INVALID_INPUT", t.wording.errors.invalid, fieldErrors);
    }
    revalidatePath("/[locale]/settings/wording", "page");
    return { saved: true };
  },
);

export const saveTemplateAction = serverAction(
  { name: "wording/template", input: ZTemplateForm, keep: ["lang", "kind", "subject", "body"] },
  async ({ actor, input, t }) => {
    const result = await saveEmailTemplate(actor, { locale: input.lang, kind: input.kind, subject: input.subject, body: input.body });
    if (!result.ok) {
      const fieldErrors: Record<string, string> = {};
      for (const [field, issues] of Object.entries(result.fieldErrors)) fieldErrors[field] = issueSentence(issues[0]!, t.wording);
      throw new ActionRefusal("INVALID_INPUT", result.formError ? t.wording.errors.invalid : Object.values(fieldErrors)[0]!, fieldErrors);
    }
    revalidatePath("/[locale]/settings/wording", "page");
    return { saved: true, reset: result.reset };
  },
);
