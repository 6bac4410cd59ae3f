// Where `npm run dev` records the URL of its embedded database while it runs.
import path from "node:path";

export const DEV_DATABASE_URL_FILE = path.join(__dirname, "..", "..", ".data", "dev-database-url");
