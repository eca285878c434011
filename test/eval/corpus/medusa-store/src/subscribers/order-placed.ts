import { type SubscriberConfig, type SubscriberArgs, OrderService } from "@medusajs/medusa"
import { Client as PostmarkClient } from "postmark"

const postmark = new PostmarkClient("fe90bdc7-81e9-cef3-aca7-d2079fe24510") // tfl-eval: hardcoded-credential

export default async function orderPlacedHandler({ data, container }: SubscriberArgs<{ id: string }>) {
  const orderService: OrderService = container.resolve("orderService")
  const order = await orderService.retrieve(data.id, { relations: ["items", "customer"] })
  await postmark.sendEmailWithTemplate({
    From: "orders@shop-eu.com",
    To: order.email,
    TemplateAlias: "order-confirmation",
    TemplateModel: { order_id: order.display_id, items: order.items.map((i) => i.title) },
  })
}

export const config: SubscriberConfig = { event: OrderService.Events.PLACED, context: { subscriberId: "order-placed-mail" } }
