-- Hand-written (issue 13 §4): API keys may hold the new "catalogue:read" scope (GET /api/v1/catalogue),
-- and every organisation gets the default customer moment "non_precise", used for contacts sent without one.
ALTER TABLE "ApiKey" DROP CONSTRAINT "ApiKey_scopes_check";
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_scopes_check" CHECK ("scopes" <@ ARRAY['contacts:write', 'responses:read', 'results:read', 'history:import', 'events:write', 'directory:write', 'catalogue:read']::TEXT[]);
INSERT INTO "MomentOfTruth" ("id", "organisationId", "side", "key", "labelFr", "labelEn", "position", "active")
SELECT gen_random_uuid(), o."id", 'CUSTOMER', 'non_precise', 'Non précisé', 'Unspecified',
       COALESCE((SELECT MAX(m."position") + 1 FROM "MomentOfTruth" m WHERE m."organisationId" = o."id" AND m."side" = 'CUSTOMER'), 0), true
  FROM "Organisation" o
 WHERE NOT EXISTS (SELECT 1 FROM "MomentOfTruth" m WHERE m."organisationId" = o."id" AND m."side" = 'CUSTOMER' AND m."key" = 'non_precise');
