#!/usr/bin/env node
import { Process } from "actionhero";

// Actionhero traps SIGTERM/SIGINT itself and stops its servers and task workers before exiting.
async function main() {
  const app = new Process();
  await app.start();
}

main();
