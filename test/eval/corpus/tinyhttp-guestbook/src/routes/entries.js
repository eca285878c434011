// Country names for the flag next to each entry: read-only, built once.
const COUNTRY_NAMES = new Map([
  ['de', 'Germany'],
  ['fr', 'France'],
  ['jp', 'Japan'],
]);

// Unsent drafts per visitor, so a reload keeps what they typed.
const drafts = new Map(); // tfl-eval: memory-session-store

// Geolocation lookups are slow; a per-process cache is fine.
const geoCache = new Map(); // tfl-eval-not: memory-session-store

export function entryRoutes(app, { knex, logger }) {
  app.get('/entries', async (req, res) => {
    const rows = await knex('entries').orderBy('created_at', 'desc').limit(50);
    res.json(rows.map((r) => ({ ...r, country: COUNTRY_NAMES.get(r.country) })));
  });

  app.post('/drafts', (req, res) => {
    drafts.set(req.session.id, req.body.text);
    res.status(204).end();
  });

  app.post('/entries', async (req, res) => {
    const ip = req.ip;
    if (!geoCache.has(ip)) geoCache.set(ip, 'unknown');
    const [entry] = await knex('entries')
      .insert({ author: req.body.author, body: req.body.text })
      .returning('*');
    drafts.delete(req.session.id);
    logger.info('entry posted', { id: entry.id });
    res.status(201).json(entry);
  });
}
