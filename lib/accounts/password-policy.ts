// The password policy (docs/security.md "Accounts"): at least 12 characters, at most 72 bytes
// (bcrypt reads no further, so a longer one would be silently cut), not one of the common
// passwords of zxcvbn-ts's list — nor one of them with digits or symbols around it — and not
// the person's own address or name. Pure.
import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_BYTES = 72;

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "personal";

let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary["passwords-common"].map((word) => word.toLowerCase())));

/** The password without the digits and symbols people add around a word ("Password2024!" → "password"). */
const core = (password: string) => password.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");

export function passwordProblem(password: string, person: { email?: string; name?: string } = {}): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (Buffer.byteLength(password, "utf8") > PASSWORD_MAX_BYTES) return "tooLong";
  const lower = password.toLowerCase();
  const stripped = core(password);
  if (commonPasswords().has(lower) || (stripped.length >= 4 && commonPasswords().has(stripped))) return "common";
  if (new Set(lower).size <= 2) return "common"; // "aaaaaaaaaaaa", "abababababab"
  const local = person.email?.toLowerCase().split("@")[0] ?? "";
  const names = (person.name ?? "")
    .toLowerCase()
    .split(/\s+/)
    .filter((part) => part.length >= 4);
  if ((local.length >= 4 && lower.includes(local)) || names.some((part) => lower.includes(part))) return "personal";
  return null;
}
