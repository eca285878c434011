export default defineNuxtConfig({
  devtools: { enabled: true },
  runtimeConfig: {
    // Overridden per deploy by NUXT_DATABASE_URL / NUXT_SESSION_PASSWORD.
    databaseUrl: "", // tfl-eval-not: hardcoded-backing-service
    sessionPassword: "", // tfl-eval-not: hardcoded-credential
  },
  nitro: {
    storage: {
      cache: { driver: "redis", url: process.env.NUXT_REDIS_URL }, // tfl-eval-not: hardcoded-backing-service
    },
  },
});
