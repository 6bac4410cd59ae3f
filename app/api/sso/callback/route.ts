// Second leg of a single sign-on: the provider sends the browser back here with a code; the ID
// token is checked and the verified email becomes a session in the organisation (lib/auth/sso-flow.ts).
import { finishSsoSignIn } from "@/lib/auth/sso-flow";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return finishSsoSignIn(request);
}
