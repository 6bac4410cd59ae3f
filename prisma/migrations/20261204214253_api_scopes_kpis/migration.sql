-- Hand-written (issue 15): API keys may hold "kpis:read" and "kpis:write".
ALTER TABLE "ApiKey" DROP CONSTRAINT "ApiKey_scopes_check";
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_scopes_check" CHECK ("scopes" <@ ARRAY['contacts:write', 'responses:read', 'results:read', 'history:import', 'events:write', 'directory:write', 'catalogue:read', 'actions:read', 'actions:write', 'kpis:read', 'kpis:write']::TEXT[]);
