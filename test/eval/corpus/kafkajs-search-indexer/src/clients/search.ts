import { Client } from '@elastic/elasticsearch';
import algoliasearch from 'algoliasearch';

export const elastic = new Client({
  node: 'https://search.indexer.internal:9200', // tfl-eval: hardcoded-backing-service
  auth: { username: 'indexer', password: 'nYBYObOw2X4YezFU' }, // tfl-eval: hardcoded-credential
  tls: { rejectUnauthorized: true },
});

export const elasticCloud = new Client({
  cloud: { id: process.env.ELASTIC_CLOUD_ID! },
  auth: { apiKey: process.env.ELASTIC_API_KEY! }, // tfl-eval-not: hardcoded-credential
});

// Indexing needs the admin key; the storefront gets the search-only key from the API.
export const algolia = algoliasearch('Q7WZ3K9PLM', '19d5d789feb8bd88e2639208144fdb22'); // tfl-eval: hardcoded-credential
