// What an ADMIN saves in Settings › Connexion unique (docs/sso.md): validated here once, by the
// server action and again by the data layer. The client secret is optional when one is stored
// already (an empty field keeps it); it is never sent back to the browser.
import { z } from "zod";
import { ExpectedError } from "@/lib/errors";
import { ZAllowedDomains } from "./email-domain";

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean()])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

export const ZSsoSettingsInput = z
  .object({
    displayName: z.string().trim().min(1, "must not be empty").max(80, "must be at most 80 characters"),
    issuer: z
      .string()
      .trim()
      .max(500, "must be at most 500 characters")
      .refine((value) => URL.canParse(value), "must be a URL (https://…)"),
    clientId: z.string().trim().min(1, "must not be empty").max(300, "must be at most 300 characters"),
    /** Empty: keep the stored one. */
    clientSecret: z.string().max(1000, "must be at most 1000 characters").optional().default(""),
    allowedDomains: ZAllowedDomains,
    ssoOnly: checkbox,
    breakGlassUserIds: z.array(z.uuid("must be people of the organisation")).max(20, "at most 20 people").default([]),
    jitEnabled: checkbox,
    jitTeamId: z
      .union([z.uuid("must be a team of the organisation"), z.literal("")])
      .optional()
      .transform((value) => value || null),
  })
  .superRefine((settings, context) => {
    if (settings.ssoOnly && settings.breakGlassUserIds.length === 0)
      context.addIssue({ code: "custom", path: ["breakGlassUserIds"], message: "name at least one break-glass admin" });
    if (settings.jitEnabled && !settings.jitTeamId)
      context.addIssue({ code: "custom", path: ["jitTeamId"], message: "choose the team new people join" });
  });

export type SsoSettingsInput = z.infer<typeof ZSsoSettingsInput>;

/** The form's fields as the schema reads them (checkbox lists come as repeated fields). */
export function readSsoSettingsForm(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return {
    displayName: text("displayName"),
    issuer: text("issuer"),
    clientId: text("clientId"),
    clientSecret: text("clientSecret"),
    allowedDomains: text("allowedDomains"),
    ssoOnly: text("ssoOnly"),
    breakGlassUserIds: form.getAll("breakGlassUserIds").filter((value) => typeof value === "string"),
    jitEnabled: text("jitEnabled"),
    jitTeamId: text("jitTeamId"),
  };
}

/** Why saving was refused beyond the form's own checks; the page words each one. */
export type SsoSettingsRefusalReason = "no-key" | "secret-required" | "discovery" | "domain-taken" | "break-glass" | "jit-team";

/** A refusal of the whole configuration, worded by the page; `detail` is the provider's answer. */
export class SsoSettingsRefusal extends ExpectedError {
  constructor(
    readonly reason: SsoSettingsRefusalReason,
    readonly detail = "",
  ) {
    super("INVALID_INPUT", `SSO settings refused: ${reason}${detail ? ` (${detail})` : ""}`);
  }
}
