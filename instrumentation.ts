// Runs once when a Next.js server starts: validate the environment so a missing or invalid
// variable stops the server with a message naming it, instead of failing on a first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/env-startup");
  // Stored OpenID Connect client secrets need the key they were sealed with (docs/sso.md).
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("./lib/auth/sso-startup")).requireSsoKeyAtStartup();
  // Background jobs (pg-boss: link emails, webhooks, pulse mails…) unless JOBS_IN_PROCESS=false.
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/jobs/start-in-process");
  // A fresh install: print the one-time token of the setup page while no organisation exists.
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("./lib/http/announce-setup")).announceSetup();
}
