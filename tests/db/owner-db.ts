// db tier: the tests' own connection, as the database's owner (the test cluster's superuser),
// which row-level security does not bind. Tests arrange rows in several organisations and
// check what was written as an operator would; the code under test connects through
// lib/db/client.ts as the application role (DATABASE_APP_URL, tests/db/setup-file.ts).
import type pg from "pg";
import { createDb, type Db } from "@/lib/db/client";

const holder = globalThis as unknown as { symetrieOwnerDb?: { db: Db; pool: pg.Pool } };

function owner(): { db: Db; pool: pg.Pool } {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: tests/db/setup-file.ts sets it");
  holder.symetrieOwnerDb ??= createDb(url, 5);
  return holder.symetrieOwnerDb;
}

export function db(): Db {
  return owner().db;
}

export function pool(): pg.Pool {
  return owner().pool;
}
