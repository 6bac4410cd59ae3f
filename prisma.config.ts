// Prisma CLI configuration. Only `prisma generate` runs through the CLI here (migrations
// go through the WebAssembly schema engine, see scripts/db/), so no URL is needed.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
