// The benches' organisation shape, in SQL: 20 directions ⊃ 180 services ⊃ the rest as teams
// (2 000 teams in all by default), each path the ancestors' ids, as the app writes them.
import { pool } from "@/lib/db/client";

export async function seedTeamTree(organisationId: string, teams = 2000): Promise<void> {
  const q = (sql: string) => pool().query(sql, [organisationId]);
  await q(`INSERT INTO "Team" (id, "organisationId", name, kind, path, depth)
    SELECT id, $1, 'Direction ' || n, 'DIRECTION', '/' || id || '/', 0
    FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(0, 19) n) d`);
  await q(`INSERT INTO "Team" (id, "organisationId", "parentId", name, kind, path, depth)
    SELECT s.id, $1, d.id, 'Service ' || s.n, 'SERVICE', d.path || s.id || '/', 1
    FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(0, 179) n) s
    JOIN (SELECT id, path, row_number() OVER (ORDER BY id) - 1 AS k FROM "Team" WHERE "organisationId" = $1 AND depth = 0) d ON d.k = s.n % 20`);
  await q(`INSERT INTO "Team" (id, "organisationId", "parentId", name, kind, path, depth)
    SELECT t.id, $1, s.id, 'Équipe ' || t.n, 'TEAM', s.path || t.id || '/', 2
    FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(0, ${teams - 201}) n) t
    JOIN (SELECT id, path, row_number() OVER (ORDER BY id) - 1 AS k FROM "Team" WHERE "organisationId" = $1 AND depth = 1) s ON s.k = t.n % 180`);
}
