// What `server-only` resolves to in processes that run outside Next (tsx scripts, the production
// server, workers, benchmarks; tsconfig.node.json maps it here) and in vitest (vitest.config.ts):
// all server code by definition. Next keeps the real guard: a client bundle importing a module
// marked `server-only` fails to build.
export {};
