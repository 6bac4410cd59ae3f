// The organisation the current work acts for, carried by AsyncLocalStorage and handed to
// PostgreSQL at every connection checkout (lib/db/client.ts), where row-level security
// admits only that organisation's rows (docs/security.md "Row-level security").
// No context means no rows: the checkout then sets an empty organisation (fail closed).
import { AsyncLocalStorage } from "node:async_hooks";

/** What a checkout sets: one organisation's id, or the narrow system context of asSystem(). */
export interface TenantSetting {
  organisationId: string;
  system: boolean;
}

const NONE: TenantSetting = { organisationId: "", system: false };
const SYSTEM: TenantSetting = { organisationId: "", system: true };
// One store per process, on globalThis like the client itself (lib/db/client.ts): Next bundles
// each route with its own copy of this module, and the shared pool must read the store they write.
const holder = globalThis as unknown as { symetrieTenant?: AsyncLocalStorage<TenantSetting> };
const storage = (holder.symetrieTenant ??= new AsyncLocalStorage<TenantSetting>());

/**
 * Runs `work` in `setting`. Prisma's query builders are lazy: they start when awaited, which
 * would be after the context ends, so a thenable that is not a started Promise is started here.
 */
function runIn<T>(setting: TenantSetting, work: () => T): T {
  return storage.run(setting, () => {
    const result = work();
    if (result instanceof Promise || typeof (result as { then?: unknown } | null)?.then !== "function") return result;
    const lazy = result as PromiseLike<unknown>;
    return new Promise((resolve, reject) => lazy.then(resolve, reject)) as T;
  });
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Runs `work` acting for one organisation: its queries see that organisation's rows only. */
export function withOrganisation<T>(organisationId: string, work: () => T): T {
  const current = storage.getStore();
  if (current && !current.system && current.organisationId === organisationId) return work();
  // Not a uuid (a test's made-up id, a typo): no organisation, so nothing is visible.
  return runIn(UUID.test(organisationId) ? { organisationId, system: false } : NONE, work);
}

/**
 * Runs `work` in the system context, which row-level security lets see every organisation:
 * only for lookups that are cross-organisation by nature (a token or an address to its
 * organisation, jobs over all organisations). Each call site is listed in
 * tests/db/row-level-security.test.ts, which fails when a new one appears.
 */
export function asSystem<T>(work: () => T): T {
  return runIn(SYSTEM, work);
}

/** The setting of the current work: what the next checkout hands to PostgreSQL. */
export function currentTenant(): TenantSetting {
  return storage.getStore() ?? NONE;
}
