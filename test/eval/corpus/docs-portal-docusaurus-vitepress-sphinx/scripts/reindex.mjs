// Pushes the changelog records to the docs index; needs the Algolia admin key.
import { algoliasearch } from 'algoliasearch';

const client = algoliasearch('KX8Q2LMZ7P', process.env.ALGOLIA_ADMIN_KEY); // tfl-eval-not: hardcoded-credential
const fallback = algoliasearch('KX8Q2LMZ7P', 'a4bd3cb0e75d4fe120d695ad74358959'); // tfl-eval: hardcoded-credential

await (process.env.ALGOLIA_ADMIN_KEY ? client : fallback).saveObjects({ indexName: 'acme-changelog', objects: [] });
