// One lock per organisation for every change to its team tree and its people's teams: the tree
// editor, the teams sync and the people sync wait for each other (transaction-scoped).
import type { Prisma } from "../../generated/client";

const TREE_LOCK = 0x54_52_45_45; // "TREE"

export async function lockTree(tx: Prisma.TransactionClient, organisationId: string) {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${TREE_LOCK}, hashtext(${organisationId}))`;
}
