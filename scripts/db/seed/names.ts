// French first and last names for the demo's employees, and the e-mail built from them.
export const FIRST_NAMES = [
  "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Emma", "Jade", "Louise", "Alice",
  "Clara", "Julie", "Laura", "Pauline", "Mathilde", "Élodie", "Yasmine", "Amandine", "Océane", "Anaïs",
  "Lucas", "Hugo", "Thomas", "Nicolas", "Maxime", "Antoine", "Julien", "Mehdi", "Romain", "Kevin",
  "Alexandre", "Quentin", "Florian", "Théo", "Baptiste", "Adrien", "Yanis", "Sébastien", "Olivier", "Jérôme",
];

export const LAST_NAMES = [
  "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
  "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
  "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
  "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin",
  "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson",
  "Benali", "Haddad", "Nguyen", "Diallo", "Ferreira", "Da Silva", "Kaya", "Traoré", "Bouvier", "Caron",
];

/** "Élodie Da Silva" → "elodie.da-silva", unique within `taken`. */
export function uniqueEmailLocalPart(fullName: string, taken: Set<string>): string {
  const base = fullName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .trim()
    .replace(" ", ".")
    .replace(/ /g, "-");
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}${n}`;
  taken.add(candidate);
  return candidate;
}
