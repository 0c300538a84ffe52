import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  { ignores: ["lib/generated/**", ".next/**", "bench/baseline/.next/**", "bench/.datos/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/shared/**", "../shared/*"], message: "Nothing may load from ../shared: bring it into the project." }] },
      ],
    },
  },
  {
    // Domain rules are pure: no database, no Next, no React.
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/db/*", "@/lib/generated/*", "next", "next/*", "react", "@prisma/*"], message: "lib/domain is pure: no I/O." }] },
      ],
    },
  },
  {
    // Pages go through queries and actions, never Prisma.
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/db/*", "@/lib/generated/*", "@prisma/*"], message: "app/ reads through lib/*/queries and writes through actions." }] },
      ],
    },
  },
];

export default config;
