// The HR-system export of the onboarding journey (onboarding-journey.spec.ts), as an HR system
// writes it for a French company: UTF-8 with a BOM, ';' between fields, CRLF, names with accents.
// 24 teams (a direction, three services, twenty teams) and 400 people: one HR lead, the newcomer
// the spec follows, a manager per team and 377 employees, addresses on the organisation's slug.

const TEAM_TOWNS = [
  "Besançon", "Créteil", "Évry", "Orléans", "Nîmes", "Sète", "Épinal", "Béziers", "Gérardmer", "Périgueux",
  "Angoulême", "Mâcon", "Saint-Étienne", "Châlons", "Montélimar", "Fécamp", "Valençay", "Vénissieux", "Sélestat", "Lézignan",
]; // prettier-ignore
const GIVEN = [
  "Zoé", "Inès", "Éloïse", "Anaïs", "Jérôme", "François", "Hélène", "Noël", "Maëlle", "Loïc",
  "Cécile", "Gaëlle", "Benoît", "Agnès", "Raphaël", "Léa", "Théo", "Chloé", "Clément", "Mélanie",
]; // prettier-ignore
const FAMILY = [
  "Lefèvre", "Bérard", "Gérard", "Fournier", "Dubois", "Roux", "Lemaître", "Hébert", "Crémieux", "Duchêne", "Bréhier", "Fréchet",
  "Légaré", "Séverin", "Thévenet", "Cœurdevey", "Després", "Château", "Béranger", "Pagès", "Müller", "Mérel", "Désiré",
]; // prettier-ignore
const SERVICES = [
  ["S-RH", "Ressources humaines"],
  ["S-CLI", "Relation client"],
  ["S-OPS", "Opérations et qualité"],
] as const;
const PEOPLE = 400;

export interface DirectoryPerson {
  email: string;
  name: string;
  teamName: string;
}

export interface OnboardingDirectory {
  teamsCsv: Buffer;
  peopleCsv: Buffer;
  /** Every synced person's address. */
  emails: string[];
  hr: DirectoryPerson;
  newcomer: DirectoryPerson;
}

const csv = (rows: string[][]) => Buffer.from(`\uFEFF${rows.map((row) => row.join(";")).join("\r\n")}\r\n`, "utf8");

/** "Cœurdevey" → "coeurdevey", "Saint-Étienne" → "saint-etienne": the local part HR systems make. */
function ascii(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, "oe")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9-]/g, "-");
}

const teamId = (index: number) => `T-${String(index + 1).padStart(2, "0")}`;
const teamName = (index: number) => `Équipe ${TEAM_TOWNS[index]!}`;

export function onboardingDirectory(slug: string): OnboardingDirectory {
  const teams = [
    ["externalId", "name", "parentExternalId"],
    ["D-ETO", "Direction générale", ""],
  ];
  for (const [id, name] of SERVICES) teams.push([id, name, "D-ETO"]);
  TEAM_TOWNS.forEach((_, index) => teams.push([teamId(index), teamName(index), SERVICES[index % SERVICES.length]![0]]));

  const person = (index: number, given: string, family: string, team: number, role: string) => ({
    row: [
      `E${String(index + 1).padStart(4, "0")}`,
      `${ascii(given)}.${ascii(family)}.${index + 1}@${slug}.test`,
      given,
      family,
      teamId(team),
      role,
    ],
    teamName: teamName(team),
  });
  const everyone = [person(0, "Inès", "Lefèvre", 0, "HR"), person(1, "Zoé", "Ducœur-Bérard", 4, "EMPLOYEE")];
  for (let index = 2; index < PEOPLE; index++) {
    const team = index < 2 + TEAM_TOWNS.length ? index - 2 : index % TEAM_TOWNS.length;
    const role = index < 2 + TEAM_TOWNS.length ? "MANAGER" : "EMPLOYEE";
    everyone.push(person(index, GIVEN[index % GIVEN.length]!, FAMILY[index % FAMILY.length]!, team, role));
  }
  const described = ({ row, teamName }: (typeof everyone)[number]): DirectoryPerson => ({
    email: row[1]!,
    name: `${row[2]} ${row[3]}`,
    teamName,
  });
  return {
    teamsCsv: csv(teams),
    peopleCsv: csv([["employeeId", "email", "givenName", "familyName", "teamExternalId", "role"], ...everyone.map(({ row }) => row)]),
    emails: everyone.map(({ row }) => row[1]!),
    hr: described(everyone[0]!),
    newcomer: described(everyone[1]!),
  };
}
