require("dotenv").config({ path: `.env.${process.env.NODE_ENV}` });

const productsQuery = `{
  products: allShopifyProduct { nodes { id title handle description } }
}`;

module.exports = {
  siteMetadata: { title: "Trail Goods", siteUrl: "https://trailgoods.example.com" },
  plugins: [
    {
      resolve: "gatsby-source-shopify",
      options: {
        password: "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", // tfl-eval: hardcoded-credential
        storeUrl: "trail-goods.myshopify.com",
        shopifyConnections: ["collections"],
      },
    },
    {
      resolve: "gatsby-source-contentful",
      options: {
        spaceId: "x7k2m9q4p1zt",
        accessToken: process.env.CONTENTFUL_ACCESS_TOKEN, // tfl-eval-not: hardcoded-credential
      },
    },
    {
      resolve: "gatsby-plugin-algolia",
      options: {
        appId: "H7QX2M9PLA",
        apiKey: "022d13fde707df6458e5512310a6f738", // tfl-eval: hardcoded-credential
        indexName: "products",
        queries: [{ query: productsQuery, transformer: ({ data }) => data.products.nodes }],
        chunkSize: 10000,
      },
    },
    {
      resolve: "gatsby-plugin-google-gtag",
      options: { trackingIds: ["G-5KQ7X2MZ9P"] }, // tfl-eval-not: hardcoded-credential
    },
    {
      resolve: "./plugins/gatsby-source-reviews",
      options: { apiToken: "kj8tSK4yNqlxLvNmoOHGaWI6ZS63xf9R" }, // tfl-eval: hardcoded-credential
    },
  ],
};
