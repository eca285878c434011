const fs = require('fs');
const path = require('path');

// Every shopper's cart, keyed by user id, kept in a JSON file beside the code.
const CARTS_FILE = path.join(__dirname, '..', '..', 'data', 'carts.json');

class CartRepository {
  async load() {
    try {
      return JSON.parse(await fs.promises.readFile(CARTS_FILE, 'utf8'));
    } catch {
      return {};
    }
  }

  async findByUser(userId) {
    const carts = await this.load();
    return carts[userId] || { items: [] };
  }

  async addItem(userId, item) {
    const carts = await this.load();
    const cart = carts[userId] || { items: [] };
    cart.items.push(item);
    carts[userId] = cart;
    await fs.promises.writeFile(CARTS_FILE, JSON.stringify(carts, null, 2)); // tfl-eval: memory-session-store
    return cart;
  }
}

module.exports = new CartRepository();
