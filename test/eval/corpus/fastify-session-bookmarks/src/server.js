'use strict'

const buildApp = require('./app')
const { logger } = require('./logger')

async function start () {
  const app = await buildApp()
  await app.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' })
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      logger.info(`${signal}: closing`)
      await app.close()
      process.exit(0)
    })
  }
}

start().catch((err) => {
  logger.error(err)
  process.exit(1)
})
