import { readFile } from 'node:fs/promises';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import { marked } from 'marked';

// Rendered house rules per building: the markdown ships with the image, so every instance renders the same.
const rendered = new LRUCache<string, string>({ max: 100 }); // tfl-eval-not: memory-session-store

export default fp(async (app) => {
  app.get<{ Params: { building: string } }>('/rules/:building', async (request, reply) => {
    const building = request.params.building.replace(/[^a-z0-9-]/g, '');
    let html = rendered.get(building);
    if (!html) {
      html = await marked.parse(await readFile(new URL(`../../rules/${building}.md`, import.meta.url), 'utf8'));
      rendered.set(building, html);
    }
    return reply.type('text/html').send(html);
  });
});
