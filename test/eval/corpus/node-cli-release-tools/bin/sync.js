#!/usr/bin/env node
import yargs from "yargs";
import { hideBin } from "yargs/helpers";

const argv = yargs(hideBin(process.argv))
  .option("api-key", { type: "string", describe: "Crowdin API key", default: process.env.CROWDIN_API_KEY })
  .option("password", { type: "string", describe: "Password for the legacy FTP mirror (prompted when missing)" })
  .option("mirror-token", { type: "string", default: "6WKHOmJ7Fef2AvuXdW6d4PgQI8pcNnHj5h6Zd5i3" }) // tfl-eval: hardcoded-credential
  .option("project", { type: "string", default: "acme-web" })
  .demandOption(["api-key"], "Set CROWDIN_API_KEY or pass --api-key")
  .parseSync();

console.log(`syncing ${argv.project}`);
