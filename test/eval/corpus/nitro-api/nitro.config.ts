export default defineNitroConfig({
  srcDir: 'server',
  preset: 'node-server',
  runtimeConfig: {
    openWeatherKey: '', // tfl-eval-not: hardcoded-credential
    airtable: {
      baseId: 'appYjZuGwu4faMirj',
      token: 'patWX0xtWX1Ab8FbW.838fff22f713234c39142abede58ed2b0c9fa29c5efbb2f337b38ce750318acb', // tfl-eval: hardcoded-credential
    },
  },
  storage: {
    cache: { driver: 'redis', host: 'cache.trailapi.internal', port: 6379, password: process.env.REDIS_PASSWORD }, // tfl-eval: hardcoded-backing-service
  },
})
