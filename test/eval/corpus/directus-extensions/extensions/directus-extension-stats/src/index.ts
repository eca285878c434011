import { defineEndpoint } from "@directus/extensions-sdk";

export default defineEndpoint((router, { env, database }) => {
  router.get("/", async (req, res) => {
    if (req.headers["x-stats-secret"] !== env.STATS_SECRET) return res.status(401).send("Invalid secret"); // tfl-eval-not: hardcoded-credential
    const [{ count }] = await database("contacts").count("* as count");
    res.json({ contacts: count });
  });
});
