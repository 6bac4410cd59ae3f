// The only reader of process.env: validates the configuration once with zod and
// refuses to go on with a message naming each bad variable.
import { z } from "zod";
import { parseTrustProxy } from "./http/trusted-proxies";

const ZUrl = z.string().url();

/** A true/false switch: "true"/"1" or "false"/"0". */
const flag = (fallback: "true" | "false") =>
  z
    .enum(["true", "false", "1", "0"], { error: "must be true or false" })
    .default(fallback)
    .transform((v) => v === "true" || v === "1");

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "is required (the dev and test scripts set it; see README § Configuration)" })
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string"),
  /**
   * The application role's connection (row-level security binds it: neither owner, superuser nor
   * BYPASSRLS; docs/security.md). Unset: the data layer uses DATABASE_URL, and says so once.
   */
  DATABASE_APP_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
    .optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  /**
   * Client-side bounds on the network between the app and PostgreSQL (statement_timeout only
   * bounds execution): a query's reply, and getting a connection (a free pool slot or a new
   * connection). Unset: derived from DB_STATEMENT_TIMEOUT_MS (lib/db/client.ts); 0 turns one off.
   */
  DB_QUERY_TIMEOUT_MS: z.coerce.number().int().min(0).optional(),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)").optional(),
  NEXTAUTH_URL: ZUrl.optional(),
  /** Base of the links sent to respondents; defaults to NEXTAUTH_URL. */
  APP_URL: ZUrl.optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Symétrie <no-reply@symetrie.local>"),
  /** Run the background jobs (link emails, webhooks) inside the Next.js server; false when `npm run worker` does it. */
  JOBS_IN_PROCESS: flag("true"),
  /**
   * Lets webhooks target private, loopback and link-local addresses, over http: and on any port
   * (lib/webhooks/url-policy.ts). For tests and local development only: it turns the SSRF guard off.
   */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: flag("false"),
  /**
   * Accepts OpenID Connect issuers over plain http on loopback (127.0.0.1, localhost, ::1): the test
   * provider's. Off by default: a production issuer is https, and an ADMIN cannot make the server
   * call this machine's own http services through discovery (lib/sso/oidc.ts).
   */
  SSO_ALLOW_HTTP_LOOPBACK_ISSUER: flag("false"),
  /** Sign-in attempts per account (normalised email) per window, counted before the password is checked (docs/security.md). */
  SIGN_IN_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(5),
  /** Sign-in attempts per client address per window (one office behind one NAT shares it). */
  SIGN_IN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(10_000).default(20),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().min(10).max(86_400).default(900),
  /**
   * Requests per minute each SCIM token may make to /scim/v2 (docs/scim.md); past it, 429 with
   * Retry-After. An identity provider's first sync of a large directory may want more.
   */
  SCIM_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  /**
   * Encrypts the organisations' OpenID Connect client secrets at rest (AES-256-GCM, lib/sso/secret-box.ts):
   * 32 random bytes in base64 (`openssl rand -base64 32`). Required once a client secret is stored (docs/sso.md).
   */
  SSO_SECRET_KEY: z
    .string()
    .refine((value) => /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, "base64").length === 32, {
      message: "must be 32 bytes in base64 (e.g. `openssl rand -base64 32`)",
    })
    .optional(),
  /**
   * The reverse proxies whose X-Forwarded-For is believed: comma-separated IP addresses and CIDR
   * ranges, IPv4 or IPv6 (e.g. `10.0.0.0/8,::1`). Empty (the default): none, the TCP peer is the
   * client and X-Forwarded-For is ignored (lib/http/client-address.ts, docs/security.md).
   */
  TRUST_PROXY: z
    .string()
    .default("")
    .transform((value, context) => {
      try {
        return parseTrustProxy(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    }),
});

export type Env = z.infer<typeof ZEnv>;

export class EnvError extends Error {}

/** Parse a given environment (tests pass their own); throws EnvError naming variables. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = ZEnv.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment, Symétrie cannot start:\n${lines.join("\n")}`);
  }
  const env = result.data;
  if (env.NODE_ENV === "production" && !env.NEXTAUTH_SECRET) {
    throw new EnvError("Invalid environment, Symétrie cannot start:\n  NEXTAUTH_SECRET: is required in production");
  }
  return env;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
