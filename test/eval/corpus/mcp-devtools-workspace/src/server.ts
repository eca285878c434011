#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { githubClient } from "./github.js";

const server = new McpServer({ name: "acme-devtools", version: "0.4.2" });

server.tool(
  "list_open_prs",
  "List open pull requests. Needs a GitHub token with repo:read (set GITHUB_TOKEN).",
  { repo: z.string().describe("owner/name"), token: z.string().optional().describe("Override token for this call") },
  async ({ repo, token }) => {
    const [owner, name] = repo.split("/");
    const gh = githubClient(token);
    const { data } = await gh.pulls.list({ owner, repo: name, state: "open" });
    return { content: [{ type: "text", text: data.map((p) => `#${p.number} ${p.title}`).join("\n") }] };
  },
);

server.tool(
  "rotate_deploy_key",
  "Explains how to rotate the deploy key; never prints the password or key itself.",
  { env: z.enum(["staging", "production"]) },
  async ({ env }) => ({
    content: [{ type: "text", text: `Run 'acme keys rotate --env ${env}'; the new password is written to 1Password.` }],
  }),
);

const transport = new StdioServerTransport();
await server.connect(transport);
