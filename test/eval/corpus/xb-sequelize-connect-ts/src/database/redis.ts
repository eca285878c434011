import { Redis } from 'ioredis';

let client: Redis | undefined;

export async function connect(): Promise<Redis> {
  client = new Redis(process.env.REDIS_URL ?? '', { lazyConnect: true });
  await client.connect();
  return client;
}
