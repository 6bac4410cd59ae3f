// The server refuses to start without SSO_SECRET_KEY once an organisation's client secret is stored
// (docs/sso.md): its single sign-on could not work, and an operator would learn it from a person
// unable to sign in. Without stored secrets the key stays optional. Run by instrumentation.ts.
import { storedSsoSecrets } from "@/lib/db/sso/sso-sign-in";
import { env } from "@/lib/env";

export interface SsoStartupDeps {
  key: string | undefined;
  countSecrets: () => Promise<number>;
  fail: (message: string) => void;
  warn: (message: string) => void;
}

export async function checkSsoKeyAtStartup(deps: SsoStartupDeps): Promise<void> {
  if (deps.key) return;
  let stored: number;
  try {
    stored = await deps.countSecrets();
  } catch (error) {
    // The database may be starting too: the check is not worth refusing to serve; sign-ins say it later.
    deps.warn(`[sso] could not check for stored client secrets at startup: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  if (stored > 0)
    deps.fail(
      `SSO_SECRET_KEY is not set, but ${stored} organisation(s) store an OpenID Connect client secret sealed with it: ` +
        "set the key they were sealed with (docs/sso.md), or remove their single sign-on settings.",
    );
}

export function requireSsoKeyAtStartup(): Promise<void> {
  return checkSsoKeyAtStartup({
    key: env().SSO_SECRET_KEY,
    countSecrets: storedSsoSecrets,
    fail: (message) => {
      console.error(`\n${message}\n`);
      process.exit(1);
    },
    warn: (message) => console.warn(message),
  });
}
