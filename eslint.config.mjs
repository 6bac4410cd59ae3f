// ESLint (flat config): Next's rules with typescript-eslint, plus import bans that encode the
// architecture (CONVENTIONS.md "The shape we want"). The layer rules live in scripts/lint/layers.mjs.
import "./scripts/lint/typescript6.cjs";
import next from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { layerRules } from "./scripts/lint/layers.mjs";

const config = [
  {
    ignores: ["lib/db/generated/**", ".next/**", ".next-*/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", ".test-output/**", ".scratch/**", "next-env.d.ts"],
  },
  ...next,
  ...nextTypescript,
  {
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a signature, a destructured rest).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // CommonJS on purpose: it must patch require() before typescript-eslint loads.
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  ...layerRules,
];

export default config;
