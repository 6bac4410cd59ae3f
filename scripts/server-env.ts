// Imported first by scripts/server.ts: `next start` sets NODE_ENV itself, a custom server must
// do it before React and Next are loaded (production builds of both).
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
export {};
