import { CartService } from '../src/cart/cart.service';

const sessions = new Map<string, string>();

describe('CartService', () => {
  it('adds lines', () => {
    const service = new CartService({ price: () => 100 } as never);
    sessions.set('u1', 'cart');
    expect(service.add('u1', 'tea-green', 2)).toHaveLength(1);
  });
});
