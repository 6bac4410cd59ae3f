// The demo organisation's sign-in accounts, one per role; the seed creates them and the
// dev script and README print them.
import type { Role } from "@/lib/db/generated/client";

export type DemoAccount = { email: string; role: Role; password: string; description: string };

/** Public on purpose: these accounts only ever exist in the demo organisation. */
export const DEMO_PASSWORD = "symetrie-demo";

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "admin@demo.symetrie.fr",
    role: "ADMIN",
    password: DEMO_PASSWORD,
    description: "Administratrice : paramètres, équipes, utilisateurs, clés d’API",
  },
  {
    email: "rh@demo.symetrie.fr",
    role: "HR",
    password: DEMO_PASSWORD,
    description: "Responsable RH : baromètres collaborateurs et vue miroir, toute l’organisation",
  },
  {
    email: "cx@demo.symetrie.fr",
    role: "CX",
    password: DEMO_PASSWORD,
    description: "Responsable expérience client : NPS et vue miroir, toute l’organisation",
  },
  {
    email: "manager@demo.symetrie.fr",
    role: "MANAGER",
    password: DEMO_PASSWORD,
    description: "Manager du centre de relation client de Lyon (3 équipes)",
  },
  {
    email: "employe@demo.symetrie.fr",
    role: "EMPLOYEE",
    password: DEMO_PASSWORD,
    description: "Conseillère de l’équipe Conseil Lyon A : répond aux baromètres",
  },
];
