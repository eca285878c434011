import { mockServices, startTestBackend } from "@backstage/backend-test-utils";
import { acmeCostsPlugin } from "./plugin";

it("starts", async () => {
  await startTestBackend({
    features: [
      acmeCostsPlugin,
      mockServices.rootConfig.factory({ data: { acmeCosts: { apiUrl: "http://costs.test", apiToken: "test-token" } } }),
    ],
  });
});
