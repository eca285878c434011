import { Injectable } from '@nestjs/common';

@Injectable()
export class PayoutsService {
  // FX rates fetched from the bank every few minutes: a cache, any replica may refill it.
  private readonly fxRateCache = new Map<string, number>(); // tfl-eval-not: memory-session-store

  // Payout requests per user in the last minute: a per-process limiter.
  private readonly requestsPerUser = new Map<string, number>(); // tfl-eval-not: memory-session-store

  rate(currency: string): number {
    return this.fxRateCache.get(currency) ?? 1;
  }

  allow(userId: string): boolean {
    const n = (this.requestsPerUser.get(userId) ?? 0) + 1;
    this.requestsPerUser.set(userId, n);
    this.fxRateCache.set('EUR', 1);
    return n <= 5;
  }
}
