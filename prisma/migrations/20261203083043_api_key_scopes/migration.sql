-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "scopes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Hand-written (issue 11 §5). Keys created before scopes existed keep every right they had: all scopes.
UPDATE "ApiKey" SET "scopes" = ARRAY['contacts:write', 'responses:read', 'results:read', 'history:import', 'events:write']::TEXT[];

-- Only known scopes are stored (lib/auth/api-scopes.ts), so a typo can never read as a right.
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_scopes_check" CHECK ("scopes" <@ ARRAY['contacts:write', 'responses:read', 'results:read', 'history:import', 'events:write']::TEXT[]);
