import { Command, Flags } from "@oclif/core";

export default class Deploy extends Command {
  static description = "Deploy a build to the edge (needs an API token with deploy scope)";

  static flags = {
    token: Flags.string({ char: "t", description: "API token", env: "ACME_API_TOKEN", required: true }),
    "signing-key": Flags.string({ description: "artifact signing key", default: "P50EFyCoupT8L5qMNewzzV0D" }), // tfl-eval: hardcoded-credential
    password: Flags.string({ description: "basic-auth password for preview builds", env: "PREVIEW_PASSWORD" }),
    env: Flags.string({ options: ["staging", "production"], default: "staging" }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Deploy);
    this.log(`deploying to ${flags.env}`);
  }
}
