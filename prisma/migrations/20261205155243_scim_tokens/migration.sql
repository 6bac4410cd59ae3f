-- CreateTable
CREATE TABLE "ScimToken" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" BYTEA NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ScimToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScimToken_tokenHash_key" ON "ScimToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ScimToken_organisationId_idx" ON "ScimToken"("organisationId");

-- AddForeignKey
ALTER TABLE "ScimToken" ADD CONSTRAINT "ScimToken_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScimToken" ADD CONSTRAINT "ScimToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Only the SHA-256 of the token is ever stored (docs/scim.md).
ALTER TABLE "ScimToken" ADD CONSTRAINT "ScimToken_tokenHash_check" CHECK (octet_length("tokenHash") = 32);

-- Row-level security, as every tenant table (docs/security.md "Row-level security").
ALTER TABLE "ScimToken" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ScimToken" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "ScimToken" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');
