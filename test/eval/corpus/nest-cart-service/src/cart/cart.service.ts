import { Injectable } from '@nestjs/common';
import { CatalogService } from '../catalog/catalog.service';

export interface CartLine {
  sku: string;
  quantity: number;
}

// One instance serves every request of the process (Nest providers are singletons).
@Injectable()
export class CartService {
  private readonly cartsByUser = new Map<string, CartLine[]>(); // tfl-eval: memory-session-store

  constructor(private readonly catalog: CatalogService) {}

  add(userId: string, sku: string, quantity: number): CartLine[] {
    const lines = this.cartsByUser.get(userId) ?? [];
    lines.push({ sku, quantity });
    this.cartsByUser.set(userId, lines);
    return lines;
  }

  total(userId: string): number {
    return (this.cartsByUser.get(userId) ?? []).reduce((sum, line) => sum + this.catalog.price(line.sku) * line.quantity, 0);
  }
}
