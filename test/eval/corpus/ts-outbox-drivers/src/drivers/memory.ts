export class MemoryDriver {
  private readonly rows: unknown[] = [];

  async append(row: unknown): Promise<void> {
    this.rows.push(row);
  }

  toString(): string {
    return 'mongodb://memory'; // tfl-eval-not: hardcoded-backing-service
  }

  get [Symbol.toStringTag](): string {
    return 'redis://memory'; // tfl-eval-not: hardcoded-backing-service
  }
}

export const nullDriver = {
  async append(): Promise<void> {},
  toString: () => 'amqp://null', // tfl-eval-not: hardcoded-backing-service
};
