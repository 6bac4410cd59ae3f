// typescript-eslint reads TypeScript's JavaScript API, which TypeScript 7 (our `typescript`,
// the Go compiler behind `tsc`) no longer ships: it refuses to load under 7. Inside the ESLint
// process, every `require("typescript")` made by a dependency gets TypeScript 6's API instead
// (@typescript/typescript6, the side-by-side package Microsoft publishes for such tools).
// Drop this file once typescript-eslint supports TypeScript 7 (typescript-eslint issue 10940).
const Module = require("node:module");
const path = require("node:path");

const typescript6 = require.resolve("@typescript/typescript6");
const fromDependency = `${path.sep}node_modules${path.sep}`;
const resolve = Module._resolveFilename;

Module._resolveFilename = function resolveTypescript6(request, parent, ...rest) {
  if (request === "typescript" && parent?.filename?.includes(fromDependency)) return typescript6;
  return resolve.call(this, request, parent, ...rest);
};
