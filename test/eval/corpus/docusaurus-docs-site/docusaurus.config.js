// @ts-check
const { themes } = require("prism-react-renderer");

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: "Relay Docs",
  url: "https://docs.relay.example.io",
  baseUrl: "/",
  organizationName: "relay-io",
  projectName: "docs",
  onBrokenLinks: "throw",
  i18n: { defaultLocale: "en", locales: ["en", "fr"] },
  presets: [
    [
      "classic",
      {
        docs: { sidebarPath: require.resolve("./sidebars.js"), editUrl: "https://github.com/relay-io/docs/edit/main/" },
        gtag: { trackingID: "G-7KQ2X9MZ4P" }, // tfl-eval-not: hardcoded-credential
      },
    ],
  ],
  themeConfig: {
    // Algolia DocSearch: the search-only key is public by design (it ships to every browser).
    algolia: {
      appId: "BH4D9OD16A", // tfl-eval-not: hardcoded-credential
      apiKey: "f2b8a6c41e7d93052b6c8f1a4e9d7c30", // tfl-eval-not: hardcoded-credential
      indexName: "relay",
      contextualSearch: true,
    },
    prism: { theme: themes.github, darkTheme: themes.dracula },
  },
  plugins: [
    [
      "docusaurus-plugin-openapi-docs",
      {
        id: "api",
        docsPluginId: "classic",
        config: { relay: { specPath: "openapi/relay.yaml", outputDir: "docs/api" } },
      },
    ],
  ],
  customFields: {
    // Lets the "Try it" panel call the sandbox API without asking the reader for a key.
    sandboxApiKey: "rly_live_Pq8YDFnajk5hij3Knf7ar14IoGZmU1f2", // tfl-eval: hardcoded-credential
    statusPageUrl: "https://status.relay.example.io",
  },
};

module.exports = config;
