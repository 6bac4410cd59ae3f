// One-click unsubscribe (RFC 8058), the address of a customer survey email's List-Unsubscribe
// header: the mail client POSTs `List-Unsubscribe=One-Click` here, without cookies or
// confirmation. The signed token is the credential (docs/emails.md): a valid one records the
// suppression (again: no change) and answers 204; anything else 404, nothing written. GET is
// not exported (405): opening the address never unsubscribes; the page
// /{locale}/unsubscribe/{token} asks first.
import { authSecret } from "@/lib/auth/secret";
import { unsubscribeWithToken } from "@/lib/db/wording/unsubscribe";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

export async function POST(_request: Request, context: Context): Promise<Response> {
  const { token } = await context.params;
  const outcome = await unsubscribeWithToken(authSecret(), token);
  return new Response(outcome === "done" ? null : "Unknown unsubscribe link.\n", {
    status: outcome === "done" ? 204 : 404,
    headers: { "cache-control": "no-store" },
  });
}
