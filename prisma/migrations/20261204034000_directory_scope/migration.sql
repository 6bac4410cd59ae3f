-- Hand-written: API keys may hold the new "directory:write" scope (the HR-system sync, issue 12 §4).
ALTER TABLE "ApiKey" DROP CONSTRAINT "ApiKey_scopes_check";
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_scopes_check" CHECK ("scopes" <@ ARRAY['contacts:write', 'responses:read', 'results:read', 'history:import', 'events:write', 'directory:write']::TEXT[]);
