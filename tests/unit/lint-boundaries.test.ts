// The architecture's import bans (scripts/lint/layers.mjs) bite: ESLint's Node API lints
// one-line snippets placed at given paths with the project's own config.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, "eslint.config.mjs") });
});

async function importBans(file: string, source: string): Promise<string[]> {
  const code = `import * as imported from "${source}";\n\nexport const used = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const banned: Array<[string, string, RegExp]> = [
  ["components/x.tsx", "@/app/[locale]/(app)/settings/actions", /components\/ does not import from app\//],
  ["components/x.tsx", "@/lib/db/client", /internals/],
  ["app/x/page.tsx", "@/lib/db/internal/contacts/contact-rows", /internals/],
  ["app/x/page.tsx", "@/lib/db/rollup/refresh", /internals/],
  ["app/x/page.tsx", "@prisma/client", /Only lib\/db talks to Prisma/],
  ["app/x/page.tsx", "pg", /Only lib\/db talks to Prisma/],
  ["lib/http/x.ts", "@/lib/db/generated/client", /Only lib\/db talks to Prisma/],
  ["lib/stats/x.ts", "@/lib/db/client", /lib\/stats is pure/],
  ["lib/stats/x.ts", "@/lib/surveys/defaults", /lib\/stats is pure/],
  ["lib/stats/x.ts", "zod", /no framework/],
  ["lib/stats/x.ts", "pg", /Only lib\/db talks to Prisma/],
  ["lib/surveys/x.ts", "@/lib/db/contacts/list-contacts", /Domain rules do not read the database/],
  ["lib/surveys/x.ts", "@/lib/http/problem", /Delivery code/],
  ["lib/symmetry/x.ts", "@/lib/db/generated/client", /Only lib\/db talks to Prisma/],
  ["lib/db/x.ts", "@/lib/http/problem", /Delivery code/],
  ["lib/db/x.ts", "@/lib/mail/transport", /Delivery code/],
  ["lib/db/x.ts", "@/lib/auth/options", /Delivery code/],
  ["lib/dashboard/x.ts", "@/components/ui/button", /lib\/ does not import pages or components/],
];

const allowed: Array<[string, string]> = [
  ["app/x/page.tsx", "@/lib/db/dashboard/get-symmetry"],
  ["components/x.tsx", "@/lib/symmetry/symmetry-types"],
  ["lib/stats/x.ts", "./nps"],
  ["lib/db/x.ts", "@/lib/auth/policy"],
  ["lib/db/x.ts", "@/lib/auth/secret"],
  ["lib/db/x.ts", "@/lib/db/generated/client"],
  ["lib/db/x.ts", "@/lib/symmetry/build-symmetry"],
  ["lib/jobs/x.ts", "@/lib/db/rollup/refresh"],
  ["scripts/x.ts", "pg"],
];

describe("import boundaries", () => {
  it.each(banned)(
    "%s may not import %s",
    async (file, source, reason) => {
      const messages = await importBans(file, source);
      expect(messages).toContainEqual(expect.stringMatching(reason));
      for (const message of messages) expect(message).toMatch(/^no-restricted-imports: /);
    },
    60_000,
  );

  it.each(allowed)(
    "%s may import %s",
    async (file, source) => {
      expect(await importBans(file, source)).toEqual([]);
    },
    60_000,
  );
});
