// A theme edited whole from the catalogue (issue 15 §2): FR/EN labels, FR/EN keywords and
// active, by themes:manage (ADMIN, HR, CX; others 403, another organisation's theme 404). Like
// updateThemeKeywords: bad input — no keyword at all, a bad character, a keyword made only of
// stop words, an empty label — writes nothing and comes back as field errors; a change of
// keywords or of active re-matches the theme in the same transaction (trigger
// Theme_rematch_update), so the count returned is the new one (customer side only,
// docs/anonymity.md). Audited as theme.update with what changed, before and after.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { firstFieldErrors } from "@/lib/organisations/fields";
import { ZThemeEdit, type ThemeEdit } from "@/lib/themes/theme-edit";
import { db } from "../client";
import { uuidOrNull } from "../internal/catalogue/pair-writes";
import { keywordFieldErrors } from "../internal/themes/unsearchable-keywords";
import { withOrganisation } from "../tenant-context";

export type ThemeEditField = keyof ThemeEdit;
export type ThemeEditResult =
  | { ok: true; themeId: string; matchedComments: number | null }
  | { ok: false; fieldErrors: Partial<Record<ThemeEditField | "form", string>> };

const FIELDS = ["labelFr", "labelEn", "keywordsFr", "keywordsEn", "active"] as const;

export async function updateTheme(actor: Actor, themeId: string, input: unknown): Promise<ThemeEditResult> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "themes:manage")) throw new ForbiddenError();
    const id = uuidOrNull(themeId);
    const parsed = ZThemeEdit.safeParse(input);
    return db().$transaction(async (tx): Promise<ThemeEditResult> => {
      // An unknown theme is "not found" before its input is judged.
      const theme = id ? await tx.theme.findFirst({ where: { id, organisationId: actor.organisationId } }) : null;
      if (!theme) throw new NotFoundError("theme");
      if (!parsed.success) return { ok: false, fieldErrors: firstFieldErrors<ThemeEditField>(parsed.error) };
      const edit = parsed.data;
      const fieldErrors = await keywordFieldErrors(tx, edit);
      if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
      await tx.theme.update({ where: { id: theme.id }, data: edit });
      const matchedComments = theme.side === "CUSTOMER" ? await tx.customerResponseTheme.count({ where: { themeId: theme.id } }) : null;
      const changed = FIELDS.filter((field) => JSON.stringify(theme[field]) !== JSON.stringify(edit[field]));
      await tx.auditLog.create({
        data: {
          organisationId: actor.organisationId,
          actorId: actor.membershipId,
          action: "theme.update",
          targetType: "Theme",
          targetId: theme.id,
          metadata: {
            side: theme.side,
            key: theme.key,
            changed,
            before: Object.fromEntries(changed.map((field) => [field, theme[field]])),
            after: Object.fromEntries(changed.map((field) => [field, edit[field]])),
          },
        },
      });
      return { ok: true, themeId: theme.id, matchedComments };
    });
  });
}
