import { defineConfig } from 'vitepress';

export default defineConfig({
  title: 'Acme CLI guide',
  themeConfig: {
    search: {
      provider: 'algolia',
      options: {
        appId: 'KX8Q2LMZ7P',
        apiKey: '71779008878d533963bcc9e819091106', // tfl-eval-not: hardcoded-credential
        indexName: 'acme-cli',
      },
    },
    socialLinks: [{ icon: 'github', link: 'https://github.com/acme/cli' }],
  },
});
