// @ts-check
/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Acme Platform',
  url: 'https://docs.acme.dev',
  baseUrl: '/',
  organizationName: 'acme',
  projectName: 'platform-docs',
  presets: [['classic', { docs: { sidebarPath: require.resolve('./sidebars.js') }, gtag: { trackingID: 'G-7QXK2LMZ9P' } }]],
  themeConfig: {
    algolia: {
      appId: 'KX8Q2LMZ7P',
      // The DocSearch key is a search-only key, made for the browser.
      apiKey: '06edf603657df3c27dcc04d0884c1d86', // tfl-eval-not: hardcoded-credential
      indexName: 'acme-platform',
      contextualSearch: true,
    },
  },
};

module.exports = config;
