import { MedusaContainer } from "@medusajs/medusa";
import { PostHog } from "posthog-node"; // tfl-eval: undeclared-dependency

export default async (container: MedusaContainer): Promise<void> => {
  // The project API key is public (it ships in the storefront too); the personal key stays in the env.
  const client = new PostHog("phc_5zFq9xW2kLmN8pRt3vYb6cDe1gHj4sA7uIo0QwErTy", { host: "https://eu.posthog.com" });
  container.register("analytics", { resolve: () => client });
};
