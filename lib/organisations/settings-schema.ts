// The organisation settings an ADMIN edits, as zod: the same limits as the database's CHECK
// constraints (migration 20261123114425_checks), so a valid input never fails there.
// syncCreatesEvents is a checkbox: ticked posts "on", unticked posts nothing (read as false).
import { z } from "zod";
import { MIN_GROUP_SIZE_FLOOR } from "@/lib/stats/suppression";
import { MIN_CUSTOMER_RESPONSES_RANGE } from "@/lib/symmetry/customer-minimum";

export const settingsFields = [
  "name",
  "brandColor",
  "minGroupSize",
  "minVerbatimGroupSize",
  "minCustomerResponses",
  "linkExpiryDays",
  "syncCreatesEvents",
] as const;
export type SettingsField = (typeof settingsFields)[number];
export type SettingsFieldErrors = Partial<Record<SettingsField, string>>;

export const MAX_GROUP_SIZE = 1_000;

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const ticked = new Map<unknown, boolean>([
  [undefined, false],
  ["", false],
  ["false", false],
  ["on", true],
  ["true", true],
]);
const checkbox = z.preprocess((value) => ticked.get(value) ?? value, z.boolean({ error: "must be ticked or not" }));

export const ZOrganisationSettingsInput = z
  .object({
    name: z.string({ error: "is required" }).trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
    brandColor: z
      .string({ error: "is required" })
      .trim()
      .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour #rrggbb")
      .transform((colour) => colour.toLowerCase()),
    minGroupSize: wholeNumber(MIN_GROUP_SIZE_FLOOR, MAX_GROUP_SIZE),
    minVerbatimGroupSize: wholeNumber(MIN_GROUP_SIZE_FLOOR, MAX_GROUP_SIZE),
    // Not an anonymity rule (customers are not protected by k): a precision floor, 1 to switch it off.
    minCustomerResponses: wholeNumber(MIN_CUSTOMER_RESPONSES_RANGE.min, MIN_CUSTOMER_RESPONSES_RANGE.max),
    linkExpiryDays: wholeNumber(1, 365),
    syncCreatesEvents: checkbox,
  })
  .refine((settings) => settings.minVerbatimGroupSize >= settings.minGroupSize, {
    path: ["minVerbatimGroupSize"],
    message: "must be at least the minimum group size",
    // Compared only when both are valid numbers: an invalid k must not blame k_c too.
    when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === "minGroupSize" || issue.path?.[0] === "minVerbatimGroupSize"),
  });
export type OrganisationSettingsInput = z.infer<typeof ZOrganisationSettingsInput>;

/** The first problem of each field, by field name. */
export function settingsFieldErrors(error: z.ZodError): SettingsFieldErrors {
  const errors: SettingsFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === "string" && (settingsFields as readonly string[]).includes(field))
      errors[field as SettingsField] ??= issue.message;
  }
  return errors;
}
