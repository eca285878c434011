export default defineNuxtConfig({
  modules: ['@nuxtjs/supabase'],
  supabase: {
    url: 'https://491sp9kxa5ljva0t0gwn.supabase.co',
    key: 'eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJpc3MiOiAic3VwYWJhc2UiLCAicmVmIjogImJxM3M0ZnJzYnFreTB0d2V1aGFxIiwgInJvbGUiOiAiYW5vbiIsICJpYXQiOiAxNzEyMDAwMDAwLCAiZXhwIjogMjAyNzU3NjAwMH0.MKVmZ7aKUm5fW3LcKlJHJw0IXdI8mv-a9mKUeLZOBq8', // tfl-eval-not: hardcoded-credential
    serviceKey: 'eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJpc3MiOiAic3VwYWJhc2UiLCAicmVmIjogImpoc2NzNnh2MWcyeGE1Zmlkb295IiwgInJvbGUiOiAic2VydmljZV9yb2xlIiwgImlhdCI6IDE3MTIwMDAwMDAsICJleHAiOiAyMDI3NTc2MDAwfQ.ad6tThYPnoZmLdfKzXel2HKMcM-IvprBSsBQqRPFxcs', // tfl-eval: hardcoded-credential
    redirect: false,
  },
  runtimeConfig: {
    stripeSecretKey: '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', // tfl-eval: hardcoded-credential
    resendApiKey: 're_KhKfrPrV_M46tLlsTlNMmSRjLtiOQ08Tw', // tfl-eval: hardcoded-credential
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? '', // tfl-eval-not: hardcoded-credential
    public: {
      stripePublishableKey: 'pk_live_nVlAAmjqndc0HvNBGF6eagwRmeeDXbAtuNBqe2V9N1KSWdkrmGXNZpjD0GZkTD0Y14au1C0STQHtb7m7K6ppBJO4NFdRmh4zyYP', // tfl-eval-not: hardcoded-credential
      siteUrl: 'https://portal.example.com',
    },
  },
})
