-- Hand-written: rules Prisma's schema language cannot express (PRODUCT.md §4 and §5).
-- Not in schema.snapshot.prisma, so `db:migration` never tries to drop or recreate them.
-- adapter-pg runs a migration split on semicolons: keep them out of comments and literals.

-- Anonymity threshold k is never below 3, and verbatims need at least as large a group.
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_minGroupSize_check" CHECK ("minGroupSize" >= 3);
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_minVerbatimGroupSize_check" CHECK ("minVerbatimGroupSize" >= "minGroupSize");
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_linkExpiryDays_check" CHECK ("linkExpiryDays" BETWEEN 1 AND 365);
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_brandColor_check" CHECK ("brandColor" ~ '^#[0-9a-fA-F]{6}$');

-- NPS and eNPS scores are 0 to 10.
ALTER TABLE "CustomerResponse" ADD CONSTRAINT "CustomerResponse_score_check" CHECK ("score" BETWEEN 0 AND 10);
ALTER TABLE "EmployeeResponse" ADD CONSTRAINT "EmployeeResponse_score_check" CHECK ("score" BETWEEN 0 AND 10);

-- Mirrored items are answered on a 1 to 5 agreement scale.
ALTER TABLE "CustomerItemAnswer" ADD CONSTRAINT "CustomerItemAnswer_value_check" CHECK ("value" BETWEEN 1 AND 5);
ALTER TABLE "EmployeeItemAnswer" ADD CONSTRAINT "EmployeeItemAnswer_value_check" CHECK ("value" BETWEEN 1 AND 5);
