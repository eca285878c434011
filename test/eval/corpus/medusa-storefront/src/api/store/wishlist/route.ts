import type { MedusaRequest, MedusaResponse } from "@medusajs/medusa";
import WishlistService from "../../../services/wishlist";

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const wishlistService: WishlistService = req.scope.resolve("wishlistService");
  const customerId = req.user?.customer_id;
  if (!customerId) return res.status(401).json({ message: "Sign in to see your wishlist" });
  res.json({ items: await wishlistService.list(customerId) });
};
