// The one server secret: signs sessions (next-auth) and derives the respondents' link tokens.
import "server-only";
import { env } from "@/lib/env";

export function authSecret(): string {
  return env().NEXTAUTH_SECRET ?? "development-only-secret-development-only";
}
