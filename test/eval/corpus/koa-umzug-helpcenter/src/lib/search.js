'use strict';
const { Client } = require('@elastic/elasticsearch');

// Article search. The node list is the staging cluster's; production overrides nothing.
const search = new Client({ node: 'http://es-helpcenter.internal:9200', requestTimeout: 5000 }); // tfl-eval: hardcoded-backing-service

async function searchArticles(q) {
  const result = await search.search({ index: 'articles', query: { multi_match: { query: q, fields: ['title^2', 'body'] } } });
  return result.hits.hits.map((hit) => hit._source);
}

module.exports = { searchArticles };
