const STORE_DOMAIN = 'ceramics-by-ines.myshopify.com'
const STOREFRONT_TOKEN = '1f979d38f01d6b7f5c995d04682891c9' // tfl-eval: hardcoded-credential
const ADMIN_TOKEN = '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' // tfl-eval: hardcoded-credential

export async function storefront<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`https://${STORE_DOMAIN}/api/2024-07/graphql.json`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Shopify-Storefront-Access-Token': STOREFRONT_TOKEN },
    body: JSON.stringify({ query, variables }),
  })
  return (await res.json()).data as T
}

export async function adjustInventory(inventoryItemId: string, delta: number) {
  await fetch(`https://${STORE_DOMAIN}/admin/api/2024-07/inventory_levels/adjust.json`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': ADMIN_TOKEN },
    body: JSON.stringify({ inventory_item_id: inventoryItemId, available_adjustment: delta }),
  })
}
