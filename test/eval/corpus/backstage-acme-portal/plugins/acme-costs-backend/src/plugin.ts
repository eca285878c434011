import { coreServices, createBackendPlugin } from "@backstage/backend-plugin-api";
import { Router } from "express";

export const acmeCostsPlugin = createBackendPlugin({
  pluginId: "acme-costs",
  register(env) {
    env.registerInit({
      deps: { config: coreServices.rootConfig, http: coreServices.httpRouter, logger: coreServices.logger },
      async init({ config, http, logger }) {
        const apiUrl = config.getString("acmeCosts.apiUrl");
        const apiToken = config.getString("acmeCosts.apiToken");
        const router = Router();
        router.get("/costs/:entity", async (req, res) => {
          const upstream = await fetch(`${apiUrl}/v1/costs/${req.params.entity}`, {
            headers: { Authorization: `Bearer ${apiToken}` },
          });
          res.status(upstream.status).json(await upstream.json());
        });
        http.use(router);
        logger.info("acme-costs ready (token loaded from config)");
      },
    });
  },
});
