'use strict'

const Hapi = require('@hapi/hapi')
const Yar = require('@hapi/yar')

const init = async () => {
  const server = Hapi.server({ port: process.env.PORT, host: '0.0.0.0' }) // tfl-eval-not: hardcoded-port

  // maxCookieSize 0 keeps every session server-side, in hapi's default cache (catbox-memory in this process).
  await server.register({ // tfl-eval: memory-session-store
    plugin: Yar,
    options: {
      maxCookieSize: 0,
      storeBlank: false,
      cookieOptions: { password: process.env.YAR_PASSWORD, isSecure: true } // tfl-eval-not: hardcoded-credential
    }
  })

  server.route({
    method: 'POST',
    path: '/basket',
    handler: (request) => {
      const basket = request.yar.get('basket') || []
      basket.push(request.payload.ticketId)
      request.yar.set('basket', basket)
      return { basket }
    }
  })

  await server.start()
  process.on('SIGTERM', async () => {
    await server.stop({ timeout: 10000 })
    process.exit(0)
  })
}

init()
