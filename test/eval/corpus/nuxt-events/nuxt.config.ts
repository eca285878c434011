export default defineNuxtConfig({
  devtools: { enabled: false },
  modules: ['@nuxtjs/i18n', '@pinia/nuxt'],
  runtimeConfig: {
    stripeSecretKey: 'sk_live_x0Eh9rvHJpOU78uxJxQa7ZSO', // tfl-eval: hardcoded-credential
    mailjetApiSecret: 'deb72007710d666a3cf422a11d2d3bf1', // tfl-eval: hardcoded-credential
    sessionPassword: process.env.NUXT_SESSION_PASSWORD || '', // tfl-eval-not: hardcoded-credential
    public: {
      stripePublishableKey: 'pk_live_JBAC4NKaZ7FFnTVhcbtalseC51MxYSLS', // tfl-eval-not: hardcoded-credential
      firebase: {
        apiKey: 'AIzaiUAOSPXsi4eoiaEyi27iHj0M1c464622zLc', // tfl-eval-not: hardcoded-credential
        authDomain: 'nuxt-events-prod.firebaseapp.com',
        projectId: 'nuxt-events-prod',
      },
    },
  },
  i18n: { locales: ['en', 'es'], defaultLocale: 'en' },
});
