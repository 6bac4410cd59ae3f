// Base of the respondent links the API hands out: APP_URL, else NEXTAUTH_URL, else the
// origin the request reached (README § Configuration).
import { env } from "@/lib/env";

export function respondentBaseUrl(request: Request): string {
  const { APP_URL, NEXTAUTH_URL } = env();
  return (APP_URL ?? NEXTAUTH_URL ?? new URL(request.url).origin).replace(/\/+$/, "");
}
