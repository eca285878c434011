import type { SubscriberArgs, SubscriberConfig } from "@medusajs/medusa";

export default async function handleOrderPlaced({ data, container }: SubscriberArgs<{ id: string }>) {
  const notificationService = container.resolve("notificationService");
  await notificationService.send("order.placed", { id: data.id }, "sendgrid");
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "order-placed-handler" } };
