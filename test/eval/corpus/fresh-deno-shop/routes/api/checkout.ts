import { Handlers } from "$fresh/server.ts";
import Stripe from "npm:stripe@14";
import { pool } from "../../utils/db.ts";

const stripe = new Stripe(Deno.env.get("STRIPE_SECRET_KEY") ?? "", { apiVersion: "2023-10-16" });
const LEMON_SQUEEZY_KEY = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.bYqAQlLPbAkzEuWc9Xrr2OWI4oNBn0CORWY1DwzQ6k9FwXSs3PqgGgmy2vOhlLLo86jWVIAurUYUF_a7.hpKujf8oPhdUpbsLQjzJ6ZdPVwzMGLC-mIgK4Qes5S0HHz0uOWlTYHjlzy_Ow5jOXMwBF4Nd7-E8pcaEIRdpIi"; // tfl-eval: hardcoded-credential

export const handler: Handlers = {
  async POST(req) {
    const { sku } = await req.json();
    using client = await pool.connect();
    const { rows } = await client.queryObject<{ price_id: string }>`SELECT price_id FROM products WHERE sku = ${sku}`;
    if (!rows.length) return new Response("unknown product", { status: 404 });
    const session = await stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [{ price: rows[0].price_id, quantity: 1 }],
      success_url: "https://shop.deno-demo.dev/thanks",
    });
    return Response.json({ url: session.url });
  },
};

export async function licenseFor(orderId: string) {
  const res = await fetch(`https://api.lemonsqueezy.com/v1/license-keys?filter[order_id]=${orderId}`, {
    headers: { Accept: "application/vnd.api+json", Authorization: `Bearer ${LEMON_SQUEEZY_KEY}` },
  });
  return (await res.json()).data;
}
