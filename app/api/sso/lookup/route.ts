// The sign-in page asks, as the email is typed, whether its domain signs in by single sign-on and
// with which provider: the organisation's display name only, never who is a person there.
import { lookupSso } from "@/lib/auth/sso-flow";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return lookupSso(request, new URL(request.url).searchParams.get("email"));
}
