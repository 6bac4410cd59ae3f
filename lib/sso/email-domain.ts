// Email domains of an organisation's single sign-on: normalised once (lower case, no trailing dot,
// IDN as typed), matched exactly — a subdomain is not its parent (docs/sso.md).
import { z } from "zod";

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function normaliseDomain(raw: string): string | null {
  const domain = raw.trim().toLowerCase().replace(/^@/, "").replace(/\.$/, "");
  if (domain.length === 0 || domain.length > 253) return null;
  const labels = domain.split(".");
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  return domain;
}

/** The domain part of an email, normalised; null when there is none. */
export function emailDomain(email: string): string | null {
  const at = email.trim().lastIndexOf("@");
  if (at <= 0) return null;
  return normaliseDomain(email.trim().slice(at + 1));
}

export function domainAllowed(email: string, allowed: readonly string[]): boolean {
  const domain = emailDomain(email);
  return domain !== null && allowed.includes(domain);
}

/** "a.fr, b.com\nc.org" from the settings form: distinct, normalised, at least one, at most 20. */
export const ZAllowedDomains = z
  .string()
  .max(2000)
  .transform((text, context) => {
    const parts = text
      .split(/[\s,;]+/)
      .map((part) => part.trim())
      .filter(Boolean);
    const domains: string[] = [];
    for (const part of parts) {
      const domain = normaliseDomain(part);
      if (!domain) {
        context.addIssue({ code: "custom", message: `« ${part.slice(0, 80)} » is not an email domain` });
        return z.NEVER;
      }
      if (!domains.includes(domain)) domains.push(domain);
    }
    if (domains.length === 0 || domains.length > 20) {
      context.addIssue({ code: "custom", message: "between 1 and 20 email domains" });
      return z.NEVER;
    }
    return domains;
  });
