#!/usr/bin/env node
// Pulls release notes from GitHub into docs/changelog.md before a build.
import { writeFile } from "node:fs/promises";
import { Octokit } from "@octokit/rest";

const octokit = new Octokit({
  auth: process.env.GITHUB_TOKEN || "ghp_Lm4Xq8TzR2vN6kW9pB3cY7fH1dJ5sA0eG8uK", // tfl-eval: hardcoded-credential
  userAgent: "relay-docs-changelog",
});

const { data: releases } = await octokit.repos.listReleases({ owner: "relay-io", repo: "relay", per_page: 20 });
const body = releases.map((r) => `## ${r.tag_name}\n\n${r.body ?? ""}`).join("\n\n");
await writeFile(new URL("../docs/changelog.md", import.meta.url), `# Changelog\n\n${body}\n`);
