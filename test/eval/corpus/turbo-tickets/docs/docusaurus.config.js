// @ts-check
/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Tickets',
  url: 'https://docs.tickets.example.org',
  baseUrl: '/',
  presets: [['classic', { docs: { sidebarPath: require.resolve('./sidebars.js') } }]],
  themeConfig: {
    // The search-only key: Algolia DocSearch keys are public by design.
    algolia: {
      appId: 'BH4D9OD16A',
      apiKey: '9c269a3784ecf13b0fcaf8dd09cb5535',
      indexName: 'tickets',
    },
  },
};

module.exports = config;
