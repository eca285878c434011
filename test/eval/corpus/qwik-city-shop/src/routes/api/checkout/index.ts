import type { RequestHandler } from "@builder.io/qwik-city";
import Stripe from "stripe";
import { supabaseAdmin } from "~/lib/supabase-admin";

export const onPost: RequestHandler = async ({ env, json, parseBody }) => {
  const stripe = new Stripe(env.get("PRIVATE_STRIPE_SECRET_KEY")!); // tfl-eval-not: hardcoded-credential
  const { cartId } = (await parseBody()) as { cartId: string };
  const { data: cart } = await supabaseAdmin.from("carts").select("total").eq("id", cartId).single();
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price_data: { currency: "eur", unit_amount: cart!.total, product_data: { name: "Order" } }, quantity: 1 }],
    success_url: "https://shop.example/thanks",
  });
  json(200, { url: session.url });
};
