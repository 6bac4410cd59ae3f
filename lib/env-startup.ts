// Imported once by instrumentation.ts in the Node.js server: exits with the variable's name
// when the environment is invalid (Node-only, hence its own module).
import { env, EnvError } from "./env";

try {
  env();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
