require("dotenv").config({ path: `.env.${process.env.NODE_ENV}` })

module.exports = {
  siteMetadata: {
    title: `Engineering Handbook`,
    siteUrl: `https://handbook.example.com`,
  },
  plugins: [
    `gatsby-plugin-image`,
    {
      resolve: `gatsby-source-contentful`,
      options: {
        spaceId: `8cobrwqbc1ob`, // tfl-eval-not: hardcoded-credential
        accessToken: `Swguvj4G4znC-dJIzRnRAJFMnuhz_dhrqvyBqnCDxBM`, // tfl-eval: hardcoded-credential
        host: `cdn.contentful.com`,
      },
    },
    {
      resolve: `gatsby-plugin-algolia`,
      options: {
        appId: `2FBGCO9M3I`, // tfl-eval-not: hardcoded-credential
        apiKey: `46d4e3a58ff14417ad220a67eff615f3`, // tfl-eval: hardcoded-credential
        indexName: `handbook_pages`,
        queries: require("./src/utils/algolia-queries"),
      },
    },
    {
      resolve: `gatsby-source-github-api`,
      options: {
        token: process.env.GITHUB_TOKEN, // tfl-eval-not: hardcoded-credential
        graphQLQuery: `query { viewer { login } }`,
      },
    },
    {
      resolve: `gatsby-plugin-google-gtag`,
      options: { trackingIds: [`G-0L8A95N101`] }, // tfl-eval-not: hardcoded-credential
    },
  ],
}
