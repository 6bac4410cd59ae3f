// A theme's keywords edited (issue 15 §2) by whoever manages the organisation's themes
// (themes:manage: ADMIN, HR, CX). The database matches the theme again over every comment of its
// organisation and side in the same transaction (trigger Theme_rematch_update, docs/themes.md),
// so the count returned is already the new one (customer side only: employee counts are shown
// only under the group-size rules of docs/anonymity.md, which a bare organisation-wide count skips). Bad input, including a keyword made only of
// words too common to search (« le », « pas de »), writes nothing. Audited.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { firstFieldErrors } from "@/lib/organisations/fields";
import { ZThemeKeywordsEdit, type ThemeKeywordsEdit } from "@/lib/themes/tsquery";
import { db } from "../client";
import { uuidOrNull } from "../internal/catalogue/pair-writes";
import { keywordFieldErrors } from "../internal/themes/unsearchable-keywords";
import { withOrganisation } from "../tenant-context";

export type ThemeKeywordsField = keyof ThemeKeywordsEdit;
export type ThemeKeywordsResult =
  | { ok: true; themeId: string; matchedComments: number | null }
  | { ok: false; fieldErrors: Partial<Record<ThemeKeywordsField | "form", string>> };

export async function updateThemeKeywords(actor: Actor, themeId: string, input: unknown): Promise<ThemeKeywordsResult> {
  return withOrganisation(actor.organisationId, async () => {
    if (!can(actor, "themes:manage")) throw new ForbiddenError();
    const parsed = ZThemeKeywordsEdit.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: firstFieldErrors<ThemeKeywordsField>(parsed.error) };
    const { keywordsFr, keywordsEn } = parsed.data;
    const id = uuidOrNull(themeId);
    return db().$transaction(async (tx): Promise<ThemeKeywordsResult> => {
      const theme = id ? await tx.theme.findFirst({ where: { id, organisationId: actor.organisationId } }) : null;
      if (!theme) throw new NotFoundError("theme");
      const fieldErrors = await keywordFieldErrors(tx, { keywordsFr, keywordsEn });
      if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
      await tx.theme.update({ where: { id: theme.id }, data: { keywordsFr, keywordsEn } });
      // Employee counts only ever appear under the group-size rules (docs/anonymity.md).
      const matchedComments = theme.side === "CUSTOMER" ? await tx.customerResponseTheme.count({ where: { themeId: theme.id } }) : null;
      await tx.auditLog.create({
        data: {
          organisationId: actor.organisationId,
          actorId: actor.membershipId,
          action: "theme.keywords",
          targetType: "Theme",
          targetId: theme.id,
          metadata: {
            side: theme.side,
            key: theme.key,
            before: { fr: theme.keywordsFr, en: theme.keywordsEn },
            after: { fr: keywordsFr, en: keywordsEn },
          },
        },
      });
      return { ok: true, themeId: theme.id, matchedComments };
    });
  });
}
