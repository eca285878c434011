#!/usr/bin/env node
import { Command, Option } from "commander";
import { publish } from "../src/publish.js";

const program = new Command();

program
  .name("acme-release")
  .description("Tag, build and publish a release")
  .option("-t, --token <token>", "GitHub token (defaults to $GITHUB_TOKEN)", process.env.GITHUB_TOKEN)
  .option("--registry <url>", "npm registry", "https://registry.npmjs.org/")
  .addOption(new Option("--npm-token <token>", "npm automation token").env("NPM_TOKEN"))
  .option("--slack-webhook-secret <secret>", "signing secret for the release notice", "Er5gqWm3MUYGOGddeH3Lfh0wLQyYX6oH") // tfl-eval: hardcoded-credential
  .option("--dry-run", "print what would be published", false)
  .action(async (opts) => {
    await publish(opts);
  });

program.parseAsync();
