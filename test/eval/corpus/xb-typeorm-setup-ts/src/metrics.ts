import { collectDefaultMetrics, Registry } from 'prom-client';

export const registry = new Registry();

export function setup(): Registry {
  collectDefaultMetrics({ register: registry });
  return registry;
}
