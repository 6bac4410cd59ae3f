// Run by fresh-clone.test.ts inside a copy of the project: starts the embedded PostgreSQL
// the way `npm run dev` does (data in the clone's .data/pg), runs one query, stops, and
// prints what it saw as one JSON line.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../scripts/db/postgres";

async function main() {
  const dataDir = process.env.PROBE_DATA_DIR ?? path.join(__dirname, "..", "..", ".data", "pg");
  const database = await startEmbeddedPostgres({ dataDir, database: "probe", fast: true });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await client.connect();
    const { rows } = await client.query<{ answer: number; data_directory: string; pid: number }>(
      "SELECT 6 * 7 AS answer, current_setting('data_directory') AS data_directory, pg_backend_pid() AS pid",
    );
    const row = rows[0];
    if (!row) throw new Error("no row");
    // The backend's program tells which distribution PostgreSQL really runs from.
    const executable = fs.readlinkSync(`/proc/${row.pid}/exe`);
    console.log(JSON.stringify({ answer: row.answer, dataDirectory: row.data_directory, executable }));
  } finally {
    await client.end();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
