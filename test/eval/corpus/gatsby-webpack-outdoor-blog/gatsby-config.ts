import type { GatsbyConfig } from 'gatsby';

const config: GatsbyConfig = {
  siteMetadata: { title: 'Outdoor Journal', siteUrl: 'https://journal.outdoor.example' },
  graphqlTypegen: true,
  plugins: [
    'gatsby-plugin-image',
    {
      resolve: 'gatsby-source-contentful',
      options: {
        spaceId: 'q8po0tjdpgcb',
        accessToken: process.env.CONTENTFUL_ACCESS_TOKEN, // tfl-eval-not: hardcoded-credential
        host: process.env.CONTENTFUL_HOST ?? 'cdn.contentful.com',
      },
    },
    {
      resolve: 'gatsby-source-shopify',
      options: {
        password: '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', // tfl-eval: hardcoded-credential
        storeUrl: 'outdoor-journal.myshopify.com',
      },
    },
    {
      resolve: 'gatsby-plugin-algolia',
      options: {
        appId: 'YSSBGD1JV1',
        apiKey: 'a32f0805da03283c5e09e3a5fa536f71', // tfl-eval: hardcoded-credential
        queries: require('./src/algolia-queries'),
      },
    },
    {
      resolve: 'gatsby-plugin-google-gtag',
      options: { trackingIds: ['G-LFMNCX82FU'] },
    },
  ],
};

export default config;
