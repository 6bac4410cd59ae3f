// Checks an email and password. Same work whether or not the user exists (a bcrypt
// comparison always runs), so timing does not reveal which emails have accounts.
import bcrypt from "bcryptjs";
import { db } from "../client";
import { asSystem } from "../tenant-context";

// A valid bcrypt hash (cost 10) of a random string nobody knows: compared against when
// the email is unknown, so that path costs one bcrypt comparison too.
const DUMMY_HASH = "$2b$10$M/B1paQg44blBo.v2sRz4e5jDgVR3qtjrYHGEuJDeUSu9.BaHfBC.";

export interface VerifiedUser {
  id: string;
  email: string;
  name: string;
  /** Carried in the session: a password change raises it and ends older sessions. */
  sessionVersion: number;
  /** The password was right but the organisation signs in by SSO only and this is no break-glass admin. */
  ssoRequired?: boolean;
}

export async function verifyCredentials(email: string, password: string): Promise<VerifiedUser | null> {
  return asSystem(async () => {
    const user = await db().user.findUnique({
      where: { email: email.trim().toLowerCase() },
      select: {
        id: true,
        email: true,
        name: true,
        passwordHash: true,
        sessionVersion: true,
        // The membership a password session acts through (findActor): the oldest active one.
        memberships: {
          where: { active: true },
          orderBy: { createdAt: "asc" },
          select: { organisation: { select: { sso: { select: { ssoOnly: true, breakGlassUserIds: true } } } } },
          take: 1,
        },
      },
    });
    const hash = user?.passwordHash ?? DUMMY_HASH;
    const matches = await bcrypt.compare(password, hash);
    if (!user || !user.passwordHash || !matches || user.memberships.length === 0) return null;
    const sso = user.memberships[0]?.organisation.sso;
    const ssoRequired = Boolean(sso?.ssoOnly && !sso.breakGlassUserIds.includes(user.id));
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      sessionVersion: user.sessionVersion,
      ...(ssoRequired ? { ssoRequired } : {}),
    };
  });
}
