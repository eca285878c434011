import { GraphQLClient, gql } from 'graphql-request';

const shopify = new GraphQLClient('https://acme-shop.myshopify.com/admin/api/2024-04/graphql.json', {
  headers: { 'X-Shopify-Access-Token': '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' }, // tfl-eval: hardcoded-credential
});

const contentful = new GraphQLClient(`https://graphql.contentful.com/content/v1/spaces/${process.env.CF_SPACE}`, {
  headers: { Authorization: `Bearer ${process.env.CONTENTFUL_DELIVERY_TOKEN}` }, // tfl-eval-not: hardcoded-credential
});

const query = gql`
  query Products {
    products(first: 50) { edges { node { id title } } }
  }
`;

export async function sync() {
  const products = await shopify.request(query);
  await contentful.request(query);
  return products;
}
