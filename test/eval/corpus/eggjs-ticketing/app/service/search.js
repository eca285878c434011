'use strict';

const { Service } = require('egg');
const { Client } = require('@elastic/elasticsearch');

const es = new Client({ node: 'http://es-prod-01.ticketing.internal:9200' }); // tfl-eval: hardcoded-backing-service

class SearchService extends Service {
  async events(q, { city, page = 1 } = {}) {
    const { hits } = await es.search({
      index: 'events',
      from: (page - 1) * 20,
      size: 20,
      query: { bool: { must: [{ multi_match: { query: q, fields: ['title^3', 'venue', 'artist'] } }], filter: city ? [{ term: { city } }] : [] } },
    });
    return hits.hits.map(h => ({ id: h._id, ...h._source }));
  }
}

module.exports = SearchService;
