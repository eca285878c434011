// Run at build time: lists the routes for the API docs.
import { JsonStore } from '../src/storage/JsonStore';

const manifest = new JsonStore<{ id: string; path: string }>('dist/routes.json'); // tfl-eval-not: memory-session-store
void manifest.upsert({ id: 'login', path: '/login' });
