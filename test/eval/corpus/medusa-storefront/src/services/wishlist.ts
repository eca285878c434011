import { TransactionBaseService } from "@medusajs/medusa";

type WishlistItem = { variantId: string; addedAt: string };

class WishlistService extends TransactionBaseService {
  static readonly TOKEN_PREFIX = "wl_";
  static readonly SHARE_TOKEN_HEADER = "x-wishlist-token";

  async list(customerId: string): Promise<WishlistItem[]> {
    const repo = this.activeManager_.getRepository("wishlist_item");
    return repo.find({ where: { customer_id: customerId } });
  }
}

export default WishlistService;
