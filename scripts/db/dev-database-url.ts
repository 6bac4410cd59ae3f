// Imported first by the command-line tools (api-key, db:seed, db:migrate, worker): when
// DATABASE_URL is unset and `npm run dev` is running on the embedded PostgreSQL, use that
// database (the dev runner writes its URL to .data/dev-database-url while it runs).
import fs from "node:fs";
import path from "node:path";
import { DEV_DATABASE_URL_FILE } from "./dev-database-url-file";

if (!process.env.DATABASE_URL && fs.existsSync(DEV_DATABASE_URL_FILE)) {
  process.env.DATABASE_URL = fs.readFileSync(DEV_DATABASE_URL_FILE, "utf8").trim();
  console.error(
    `[symetrie] DATABASE_URL not set: using the running dev database (${path.relative(process.cwd(), DEV_DATABASE_URL_FILE)}).`,
  );
}
