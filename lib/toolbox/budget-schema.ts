// The toolbox budget's forms (issue 14 §1): amounts typed in euros ("1 200", "1200,50"), stored in
// cents; a year of the calendar. Pure.
import { z } from "zod";

export const MAX_EUROS = 9_999_999;
const AMOUNT = /^\d{1,7}([.,]\d{1,2})?$/;

/** "1 234,5" → 123450 cents; what is not an amount fails with a sentence a person understands. */
export const ZEuros = z
  .string({ error: "Indiquez un montant en euros." })
  .transform((value) => value.replace(/[\s\u00a0\u202f€]/g, ""))
  .refine((value) => !value.startsWith("-"), "Le montant ne peut pas être négatif.")
  .refine(
    (value) => AMOUNT.test(value),
    `Indiquez un montant en euros entre 0 et ${MAX_EUROS.toLocaleString("fr-FR")} €, deux décimales au plus.`,
  )
  .transform((value) => Math.round(Number(value.replace(",", ".")) * 100));

export const ZYear = z.coerce
  .number({ error: "Année invalide." })
  .int("Année invalide.")
  .min(2000, "Année invalide.")
  .max(2100, "Année invalide.");

export const ZBudgetAmount = z.object({ year: ZYear, amount: ZEuros });
export const ZAllocation = z.object({ year: ZYear, teamId: z.string().max(64), amount: ZEuros });
export const ZAllocationRemoval = z.object({ year: ZYear, teamId: z.string().max(64) });

/** What a refusal was, for the page to say it in the reader's language. */
export type BudgetErrorCode = "negative" | "format" | "over" | "noBudget" | "team" | "year" | "noAllocation";

/** The code of a field error sentence of this module or of the data layer. */
export function budgetErrorCode(field: string, message: string): BudgetErrorCode {
  if (field === "year") return "year";
  if (field === "teamId") return message.includes("pas d'allocation") ? "noAllocation" : "team";
  if (message.includes("négatif")) return "negative";
  if (message.includes("dépasseraient")) return "over";
  if (message.includes("Fixez d'abord")) return "noBudget";
  return "format";
}

export type BudgetFieldErrors = Partial<Record<"year" | "amount" | "teamId", string>>;

export function budgetFieldErrors(error: z.ZodError): BudgetFieldErrors {
  const out: BudgetFieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "amount") as keyof BudgetFieldErrors;
    out[field] ??= issue.message;
  }
  return out;
}

/** The current calendar year in Paris. */
export function currentParisYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric" }).format(now));
}
