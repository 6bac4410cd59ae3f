-- CreateTable
CREATE TABLE "EmployeeHiddenNode" (
    "organisationId" UUID NOT NULL,
    "node" TEXT NOT NULL,
    "hiddenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmployeeHiddenNode_pkey" PRIMARY KEY ("organisationId","node")
);

-- AddForeignKey
ALTER TABLE "EmployeeHiddenNode" ADD CONSTRAINT "EmployeeHiddenNode_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
