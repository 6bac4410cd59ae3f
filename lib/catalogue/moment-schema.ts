// What the moments-of-truth editor accepts (issue 13 §1): a moment's key and FR/EN labels, its
// place in the list, the employee moment behind a customer moment, and on the employee side
// whether it triggers a personal pulse and after how many days. Pure zod, plain-word messages;
// the data layer checks ids against the organisation and keys against its catalogue.
import { z } from "zod";
import { firstFieldErrors } from "@/lib/organisations/fields";
import { UUID_PATTERN } from "@/lib/patterns";

export const MOMENT_SIDES = ["CUSTOMER", "EMPLOYEE"] as const;
export type MomentSide = (typeof MOMENT_SIDES)[number];

/** 1 to 365 days, as the database's CHECK says. */
export const PULSE_DELAY_MIN = 1;
export const PULSE_DELAY_MAX = 365;

const label = z.string({ error: "is required" }).trim().min(1, "must not be empty").max(120, "must be at most 120 characters");

export const ZMomentLabels = z.strictObject({ labelFr: label, labelEn: label });

export const ZCreateMoment = ZMomentLabels.extend({
  side: z.enum(MOMENT_SIDES, { error: "must be the customer or the employee side" }),
  key: z
    .string({ error: "is required" })
    .trim()
    .min(1, "must not be empty")
    .max(50, "must be at most 50 characters")
    .regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, "must be lowercase letters, digits and single underscores (e.g. visite_technicien)"),
});
export type CreateMomentInput = z.infer<typeof ZCreateMoment>;

/** The employee moment behind a customer moment, or "" / null for none. */
export const ZMomentPairing = z.strictObject({
  employeeMomentId: z
    .string()
    .trim()
    .transform((value) => (value === "" ? null : value.toLowerCase()))
    .pipe(z.string().regex(UUID_PATTERN, "must be an employee moment of the organisation").nullable())
    .nullable()
    .default(null),
});

/** A form's checkbox ("on" / "true" when ticked, absent otherwise) or a boolean. */
const checkbox = z.union([z.boolean(), z.enum(["on", "true", "false"]).transform((value) => value !== "false")]).default(false);

export const ZMomentTrigger = z.strictObject({
  triggersPulse: checkbox,
  pulseDelayDays: z.coerce
    .number({ error: "must be a number of days" })
    .int("must be a whole number of days")
    .min(PULSE_DELAY_MIN, `must be between ${PULSE_DELAY_MIN} and ${PULSE_DELAY_MAX} days`)
    .max(PULSE_DELAY_MAX, `must be between ${PULSE_DELAY_MIN} and ${PULSE_DELAY_MAX} days`),
});

export const ZMoveMoment = z.strictObject({ direction: z.enum(["up", "down"], { error: "must be up or down" }) });

export type MomentField = "side" | "key" | "labelFr" | "labelEn" | "employeeMomentId" | "triggersPulse" | "pulseDelayDays" | "direction";
export type MomentFieldErrors = Partial<Record<MomentField | "form", string>>;

export const momentFieldErrors = (error: z.ZodError): MomentFieldErrors => firstFieldErrors<MomentField>(error);

/** The data layer's refusals the editor names apart from a field's format. */
export const KEY_TAKEN = "is already used by another moment of this side";
export const IN_USE = "is used by contacts, answers or events: retire it instead";
/** The contacts' default moment (contacts sent without one take it): never retired nor deleted. */
export const DEFAULT_MOMENT = "is the default moment of contacts sent without one: it stays";
