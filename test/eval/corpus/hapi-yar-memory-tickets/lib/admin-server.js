'use strict'

const Hapi = require('@hapi/hapi')
const Yar = require('@hapi/yar')
const CatboxRedis = require('@hapi/catbox-redis')

// The back office shares sessions across instances through Redis.
async function createAdminServer () {
  const server = Hapi.server({
    port: process.env.ADMIN_PORT,
    cache: [{ name: 'sessions', provider: { constructor: CatboxRedis, options: { url: process.env.REDIS_URL } } }] // tfl-eval-not: hardcoded-backing-service
  })
  await server.register({ // tfl-eval-not: memory-session-store
    plugin: Yar,
    options: { maxCookieSize: 0, cache: { cache: 'sessions', expiresIn: 8 * 3600 * 1000 }, cookieOptions: { password: process.env.YAR_PASSWORD } }
  })
  return server
}

module.exports = { createAdminServer }
