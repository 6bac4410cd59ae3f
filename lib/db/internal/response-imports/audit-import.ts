// Audit rows for imports and their undo (issue 11 §4): counts per side and the API key that
// acted, written in the caller's transaction so an import and its trace commit together.
import type pg from "pg";

export interface ImportAudit {
  action: "responseImport.create" | "responseImport.delete";
  importId: string;
  /** The key that made the call (the import's own key for a create). */
  apiKeyId: string | null;
  /** Membership of a signed-in person, when one acted instead of a key. */
  actorId?: string | null;
  customerRows: number;
  employeeRows: number;
  /** For an undo: the key that made the import, which may differ from the one undoing it. */
  importedByApiKeyId?: string | null;
}

export async function auditImport(client: pg.ClientBase, organisationId: string, audit: ImportAudit): Promise<void> {
  const { action, importId, actorId = null, ...metadata } = audit;
  await client.query(
    `INSERT INTO "AuditLog" ("organisationId", "actorId", action, "targetType", "targetId", metadata)
     VALUES ($1::uuid, $2::uuid, $3, 'ResponseImport', $4, $5::jsonb)`,
    [organisationId, actorId, action, importId, JSON.stringify(metadata)],
  );
}
