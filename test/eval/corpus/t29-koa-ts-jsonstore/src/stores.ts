import path from 'path';
import { JsonStore } from './storage/JsonStore';

export interface Session { id: string; userId: string; expires: number }
export interface Flag { id: string; on: boolean }

const dataDir = path.resolve(__dirname, '..', 'data');

export const sessions = new JsonStore<Session>(path.join(dataDir, 'sessions.json')); // tfl-eval: memory-session-store
// Feature flags ship with the release and are only read here.
export const flags = new JsonStore<Flag>(path.join(dataDir, 'feature-flags.json')); // tfl-eval-not: memory-session-store
