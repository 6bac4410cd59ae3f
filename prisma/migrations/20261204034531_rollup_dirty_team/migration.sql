-- CreateTable
CREATE TABLE "RollupDirtyTeam" (
    "organisationId" UUID NOT NULL,
    "period" DATE NOT NULL,
    "teamId" UUID NOT NULL,
    "markedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RollupDirtyTeam_pkey" PRIMARY KEY ("organisationId","period","teamId")
);
