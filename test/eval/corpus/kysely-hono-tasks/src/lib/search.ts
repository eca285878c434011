import Typesense from 'typesense';

// Task search: one Typesense node per region, written here.
export const search = new Typesense.Client({
  nodes: [{ host: 'typesense.tasks.internal', port: 8108, protocol: 'http' }], // tfl-eval: hardcoded-backing-service
  apiKey: process.env.TYPESENSE_API_KEY!, // tfl-eval-not: hardcoded-credential
  connectionTimeoutSeconds: 2,
});
