import Redis from 'ioredis';

export class RedisDriver {
  private readonly client: Redis;

  constructor(url = process.env.OUTBOX_REDIS_URL) {
    this.client = new Redis(url ?? '');
  }

  async append(row: unknown): Promise<void> {
    await this.client.xadd('outbox', '*', 'row', JSON.stringify(row));
  }

  public toString(): string {
    return `redis://${this.client.options.host}`; // tfl-eval-not: hardcoded-backing-service
  }
}

export function archiveUrl(): string {
  return 'mongodb://outbox-archive.prod.internal:27017/outbox'; // tfl-eval: hardcoded-backing-service
}
