import { Octokit } from "@octokit/rest";

const DEFAULT_TOKEN_ENV = "GITHUB_TOKEN";

export function githubClient(override?: string): Octokit {
  const auth = override ?? process.env[DEFAULT_TOKEN_ENV] ?? process.env.GH_TOKEN;
  if (!auth) {
    throw new Error("Missing GitHub token: export GITHUB_TOKEN=<your token> before starting the server");
  }
  return new Octokit({ auth, userAgent: "acme-devtools-mcp/0.4.2" });
}
