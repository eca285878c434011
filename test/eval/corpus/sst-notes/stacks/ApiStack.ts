import { Api, Config, StackContext } from "sst/constructs";

export function ApiStack({ stack }: StackContext) {
  const STRIPE_KEY = new Config.Secret(stack, "STRIPE_KEY"); // tfl-eval-not: hardcoded-credential
  const api = new Api(stack, "api", {
    defaults: {
      function: {
        bind: [STRIPE_KEY],
        environment: {
          ADMIN_EMAIL: "ops@notes.example",
          SENDGRID_API_KEY: "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", // tfl-eval: hardcoded-credential
          NOTES_TABLE: "notes",
        },
      },
    },
    routes: {
      "GET /notes": "packages/functions/src/list.handler",
      "POST /notes": "packages/functions/src/create.handler",
    },
  });
  stack.addOutputs({ ApiEndpoint: api.url });
}
