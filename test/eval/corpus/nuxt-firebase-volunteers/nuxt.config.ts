// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  devtools: { enabled: true },
  modules: ['@pinia/nuxt'],
  runtimeConfig: {
    // Server-only keys (overridable by NUXT_* variables at run time).
    stripeSecretKey: 'sk_live_UhL31ECblvJ0AOAvjCz51ssB', // tfl-eval: hardcoded-credential
    sessionPassword: 'wijsiYkCshboipCMU9ogy7c8UgQ3t5s1o', // tfl-eval: hardcoded-credential
    mailgunApiKey: '', 
    public: {
      firebaseApiKey: 'AIzaSyB7uMp5ZEArSKba8aoSwPdT2pWZL5K3oeh', // tfl-eval-not: hardcoded-credential (a Firebase web key: public)
      siteUrl: 'https://volunteers.example.org',
    },
  },
})
