-- CreateTable
CREATE TABLE "RollupDirty" (
    "organisationId" UUID NOT NULL,
    "period" DATE NOT NULL,
    "markedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RollupDirty_pkey" PRIMARY KEY ("organisationId","period")
);

-- CreateTable
CREATE TABLE "CustomerRollup" (
    "organisationId" UUID NOT NULL,
    "period" DATE NOT NULL,
    "teamId" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "momentOfTruthId" UUID NOT NULL,
    "promoters" INTEGER NOT NULL,
    "passives" INTEGER NOT NULL,
    "detractors" INTEGER NOT NULL,

    CONSTRAINT "CustomerRollup_pkey" PRIMARY KEY ("organisationId","period","teamId","channel","momentOfTruthId")
);

-- CreateTable
CREATE TABLE "EmployeeRollup" (
    "organisationId" UUID NOT NULL,
    "period" DATE NOT NULL,
    "teamId" UUID NOT NULL,
    "promoters" INTEGER NOT NULL,
    "passives" INTEGER NOT NULL,
    "detractors" INTEGER NOT NULL,
    "eventAnswers" INTEGER NOT NULL,

    CONSTRAINT "EmployeeRollup_pkey" PRIMARY KEY ("organisationId","period","teamId")
);

-- CreateTable
CREATE TABLE "CustomerItemRollup" (
    "organisationId" UUID NOT NULL,
    "period" DATE NOT NULL,
    "teamId" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "momentOfTruthId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "n" INTEGER NOT NULL,
    "sum" INTEGER NOT NULL,
    "sumSquares" INTEGER NOT NULL,

    CONSTRAINT "CustomerItemRollup_pkey" PRIMARY KEY ("organisationId","period","teamId","channel","momentOfTruthId","itemId")
);

-- CreateTable
CREATE TABLE "EmployeeItemRollup" (
    "organisationId" UUID NOT NULL,
    "period" DATE NOT NULL,
    "teamId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "n" INTEGER NOT NULL,
    "sum" INTEGER NOT NULL,
    "sumSquares" INTEGER NOT NULL,

    CONSTRAINT "EmployeeItemRollup_pkey" PRIMARY KEY ("organisationId","period","teamId","itemId")
);

-- CreateTable
CREATE TABLE "CustomerIrritantRollup" (
    "organisationId" UUID NOT NULL,
    "period" DATE NOT NULL,
    "teamId" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "momentOfTruthId" UUID NOT NULL,
    "irritantId" UUID NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "CustomerIrritantRollup_pkey" PRIMARY KEY ("organisationId","period","teamId","channel","momentOfTruthId","irritantId")
);

-- CreateTable
CREATE TABLE "EmployeeIrritantRollup" (
    "organisationId" UUID NOT NULL,
    "period" DATE NOT NULL,
    "teamId" UUID NOT NULL,
    "irritantId" UUID NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "EmployeeIrritantRollup_pkey" PRIMARY KEY ("organisationId","period","teamId","irritantId")
);
