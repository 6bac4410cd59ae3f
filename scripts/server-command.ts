// How benchmarks and the reliability tier start the production server (scripts/server.ts on a
// `next build`) on 127.0.0.1: the same command line and environment for both.
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");

/** `node tsx scripts/server.ts -H 127.0.0.1 -p <port>`, run from the repository root. */
export function productionServerArgs(port: number): string[] {
  return [
    path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
    "--tsconfig",
    path.join(ROOT, "tsconfig.node.json"),
    path.join(ROOT, "scripts", "server.ts"),
    "-H",
    "127.0.0.1",
    "-p",
    String(port),
  ];
}

/**
 * The server's environment: production, its database (the owner's URL, and the application
 * role's that row-level security binds), its secret and URL, no in-process jobs.
 */
export function productionServerEnv(options: {
  databaseUrl: string;
  appDatabaseUrl: string;
  secret: string;
  baseUrl: string;
}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: options.databaseUrl,
    DATABASE_APP_URL: options.appDatabaseUrl,
    DB_POOL_MAX: "20",
    NEXTAUTH_SECRET: options.secret,
    NEXTAUTH_URL: options.baseUrl,
    APP_URL: options.baseUrl,
    JOBS_IN_PROCESS: "false",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}
