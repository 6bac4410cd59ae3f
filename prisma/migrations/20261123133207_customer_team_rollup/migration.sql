-- CreateTable
CREATE TABLE "CustomerTeamRollup" (
    "organisationId" UUID NOT NULL,
    "period" DATE NOT NULL,
    "teamId" UUID NOT NULL,
    "promoters" INTEGER NOT NULL,
    "passives" INTEGER NOT NULL,
    "detractors" INTEGER NOT NULL,

    CONSTRAINT "CustomerTeamRollup_pkey" PRIMARY KEY ("organisationId","period","teamId")
);
