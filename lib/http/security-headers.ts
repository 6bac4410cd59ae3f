// The security headers of every response (next.config.ts headers()) and the respondent route's
// stricter referrer policy: one list, read by next.config.ts and by scripts/server.ts, which
// answers that route without Next's router.
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** Survey links carry their token in the URL: no referrer at all on their pages. */
export const RESPONDENT_REFERRER_POLICY = { key: "Referrer-Policy", value: "no-referrer" };
