const domain = process.env.SHOPIFY_STORE_DOMAIN;
const storefrontAccessToken = 'edd827cc0bb4d9ee2a0e00d633149c82'; // tfl-eval: hardcoded-credential

export async function shopifyFetch<T>(query: string, variables = {}): Promise<T> {
  const res = await fetch(`https://${domain}/api/2024-01/graphql.json`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Shopify-Storefront-Access-Token': storefrontAccessToken,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as T;
}
