// `npm run db:seed`: seeds the demo organisation into DATABASE_URL (migrated beforehand)
// and prints the demo accounts; exits 1 with a plain message when it cannot.
import "./dev-database-url";
import { createDb } from "@/lib/db/client";
import { env, EnvError } from "@/lib/env";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { seedDemo } from "./seed";

function databaseUrl(): string {
  try {
    return env().DATABASE_URL;
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(
      `${error.message}\nSet DATABASE_URL to the PostgreSQL database to seed, e.g. DATABASE_URL=postgresql://user:password@localhost:5432/symetrie npm run db:seed`,
    );
    process.exit(1);
  }
}

async function main() {
  // Large batches inside one transaction: allow longer statements than the app's default.
  const { db, pool } = createDb(databaseUrl(), 2, 120_000);
  try {
    const { created } = await seedDemo(db, { log: (line) => console.log(`[seed] ${line}`) });
    if (created) {
      console.log("[seed] Demo accounts:");
      for (const account of DEMO_ACCOUNTS)
        console.log(`  ${account.role.padEnd(8)} ${account.email}  ${account.password}  — ${account.description}`);
    }
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error("[seed] failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
