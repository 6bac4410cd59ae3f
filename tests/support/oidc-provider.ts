// A real OpenID Connect provider on loopback for the single sign-on tests (issue 17 §1): panva's
// oidc-provider, the certified server library, with one confidential client, PKCE required, its
// development login page (any password; the login typed is the account, prefilled from login_hint)
// and consent granted for our client. Accounts answer their login as their email, verified, unless
// `claims` overrides it. Two misbehaviours are switched on by the test, inside the provider, before
// it signs: an ID token for another audience, and one already expired — the signature stays real.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export interface LoopbackProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claims of an account (by login) replacing the defaults, e.g. another email or email_verified false. */
  claims: Map<string, Record<string, unknown>>;
  misbehave: { wrongAudience: boolean; expired: boolean };
  close(): Promise<void>;
}

export async function startLoopbackProvider(options: { redirectUris: string[]; clientId?: string }): Promise<LoopbackProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = options.clientId ?? "symetrie-test";
  const clientSecret = randomBytes(24).toString("base64url");
  const claims = new Map<string, Record<string, unknown>>();
  const misbehave = { wrongAudience: false, expired: false };
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: "loopback-1", use: "sig", alg: "RS256" }] },
    cookies: { keys: [randomBytes(16).toString("hex")] },
    pkce: { required: () => true },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_context, id) {
      return {
        accountId: id,
        claims: async () => ({ sub: id, email: id, email_verified: true, name: `Personne ${id.split("@")[0]}`, ...claims.get(id) }),
      };
    },
    // A first-party client: consent is given once and for all, so the browser sees the login page only.
    async loadExistingGrant(context) {
      const accountId = context.oidc.session?.accountId;
      if (!accountId || !context.oidc.client) return undefined;
      const grant = new context.oidc.provider.Grant({ clientId: context.oidc.client.clientId, accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });

  // The two misbehaviours, applied to the ID token only, before the provider signs it.
  const IdToken = provider.IdToken as unknown as {
    prototype: { issue: (options?: { use?: string; expiresAt?: number }) => Promise<string>; client: object };
  };
  const issue = IdToken.prototype.issue;
  IdToken.prototype.issue = function (this: { client: object }, issueOptions = {}) {
    if (issueOptions.use !== "idtoken") return issue.call(this, issueOptions);
    if (misbehave.wrongAudience) this.client = Object.create(this.client, { clientId: { value: "another-application" } });
    const expired = misbehave.expired ? { expiresAt: Math.floor(Date.now() / 1000) - 120 } : {};
    return issue.call(this, { ...issueOptions, ...expired });
  };

  server.on("request", provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    claims,
    misbehave,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
