-- CreateTable
CREATE TABLE "OrganisationSso" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "displayName" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "clientSecretSealed" TEXT NOT NULL,
    "allowedDomains" TEXT[],
    "ssoOnly" BOOLEAN NOT NULL DEFAULT false,
    "breakGlassUserIds" UUID[],
    "jitEnabled" BOOLEAN NOT NULL DEFAULT false,
    "jitTeamId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisationSso_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationSso_organisationId_key" ON "OrganisationSso"("organisationId");

-- AddForeignKey
ALTER TABLE "OrganisationSso" ADD CONSTRAINT "OrganisationSso_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security, as every tenant table (docs/security.md "Row-level security").
ALTER TABLE "OrganisationSso" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OrganisationSso" FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_rows ON "OrganisationSso" USING ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on') WITH CHECK ("organisationId" = (SELECT NULLIF(pg_catalog.current_setting('symetrie.organisation_id', true), '')::uuid) OR (SELECT pg_catalog.current_setting('symetrie.system', true)) = 'on');
