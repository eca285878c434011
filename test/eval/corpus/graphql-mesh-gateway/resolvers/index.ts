import type { Resolvers } from "../.mesh";

const PARTNER_SIGNING_KEY = process.env.PARTNER_SIGNING_KEY; // tfl-eval-not: hardcoded-credential

export const resolvers: Resolvers = {
  Product: {
    reviews: {
      selectionSet: /* GraphQL */ `{ sku }`,
      resolve: (root, _args, context, info) =>
        context.Reviews.Query.reviewsBySku({
          root,
          args: { sku: root.sku },
          context: { ...context, headers: { "x-partner-key": "pk_reviews_8b2e4f7a9c1d3e5f" } }, // tfl-eval: hardcoded-credential
          info,
        }),
    },
  },
  Query: {
    signedUrl: (_root, { path }) => `${path}?sig=${Buffer.from(`${path}:${PARTNER_SIGNING_KEY}`).toString("base64url")}`,
  },
};
