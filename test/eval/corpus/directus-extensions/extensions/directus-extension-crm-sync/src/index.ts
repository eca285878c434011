import { defineHook } from "@directus/extensions-sdk";

const HUBSPOT_TOKEN = "pat-eu1-5e1c9d0a-7f3b-4c2e-9a8d-1b6f0e4c3a27"; // tfl-eval: hardcoded-credential
const HUBSPOT_PORTAL = "143998212";

export default defineHook(({ action }, { env, logger }) => {
  action("contacts.items.create", async ({ payload }) => {
    const token = env.HUBSPOT_TOKEN ?? HUBSPOT_TOKEN;
    const response = await fetch("https://api.hubapi.com/crm/v3/objects/contacts", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ properties: { email: payload.email, firstname: payload.first_name } }),
    });
    if (!response.ok) logger.warn(`HubSpot sync failed for portal ${HUBSPOT_PORTAL}: ${response.status}`);
  });
});
