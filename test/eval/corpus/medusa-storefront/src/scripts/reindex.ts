import { MeiliSearch } from "meilisearch"; // tfl-eval: undeclared-dependency

// One-off: rebuild the products index after a schema change.
const client = new MeiliSearch({ host: process.env.MEILISEARCH_HOST ?? "http://localhost:7700", apiKey: process.env.MEILISEARCH_API_KEY });

export default async function reindex() {
  await client.index("products").deleteAllDocuments();
}
