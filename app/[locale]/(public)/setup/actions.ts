"use server";
// The setup form of a fresh install: creates the first organisation and its ADMIN with the
// one-time token of the server log, then opens the ADMIN's password page. Plain form
// (post/redirect/get); the fields as typed come back in the URL on a refusal, never the token.
import { z } from "zod";
import { setupFirstOrganisation } from "@/lib/db/organisations/instance-setup";
import { ActionRefusal, redirectingAction, signedOutAction } from "@/lib/http/server-action";

const ZSetupForm = z.object({
  token: z.string().max(200),
  name: z.string().max(1_000),
  slug: z.string().max(1_000),
  adminName: z.string().max(1_000),
  adminEmail: z.string().max(1_000),
  locale: z.string().max(10),
});

const KEPT = ["name", "slug", "adminName", "adminEmail"] as const;

const setup = signedOutAction({ name: "setup/create", input: ZSetupForm, keep: KEPT }, async ({ input }) => {
  const { token, ...organisation } = input;
  const result = await setupFirstOrganisation(token.trim(), organisation);
  if (result.ok) return { token: result.setupToken, locale: organisation.locale === "en" ? "en" : "fr" };
  if ("refused" in result) throw new ActionRefusal(result.refused, result.refused);
  const slugTaken = result.fieldErrors.slug?.includes("taken");
  throw new ActionRefusal(
    "fields",
    "fields",
    Object.fromEntries(Object.keys(result.fieldErrors).map((field) => [field, field === "slug" && slugTaken ? "slugTaken" : field])),
  );
});

export const setupAction = redirectingAction(
  setup,
  (locale) => `/${locale}/setup`,
  (result, page, form) => {
    if (result.ok) return `/${result.data.locale}/password/${result.data.token}`;
    if (result.code === "done") return page.replace(/setup$/, "sign-in");
    const query = new URLSearchParams({
      error: result.code === "fields" ? Object.keys(result.fieldErrors ?? {}).join(",") : String(result.code),
    });
    if (result.code === "fields" && result.fieldErrors?.slug === "slugTaken") query.set("slugTaken", "1");
    for (const field of KEPT) query.set(field, String(form.get(field) ?? "").slice(0, 320));
    return `${page}?${query}`;
  },
);
