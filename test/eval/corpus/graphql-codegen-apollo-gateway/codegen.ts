import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  overwrite: true,
  schema: [
    {
      'https://api.github.com/graphql': {
        headers: {
          Authorization: 'Bearer ghp_Z0aClqSKkvbhKcfSa3T2bH85K52sGuz3LyTD', // tfl-eval: hardcoded-credential
          'User-Agent': 'shop-gateway-codegen',
        },
      },
    },
    {
      'https://inventory.shop.internal/v1/graphql': {
        headers: {
          'x-hasura-admin-secret': 'bnuxTt1kDtF3wF9BrfRgZoQPSxWrtDjh', // tfl-eval: hardcoded-credential
        },
      },
    },
    {
      'https://reviews.shop.internal/graphql': {
        headers: { Authorization: `Bearer ${process.env.REVIEWS_TOKEN}` }, // tfl-eval-not: hardcoded-credential
      },
    },
  ],
  documents: 'src/**/*.graphql',
  generates: { 'src/gql/': { preset: 'client' } },
};

export default config;
