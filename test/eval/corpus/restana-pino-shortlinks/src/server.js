'use strict'

const restana = require('restana')
const session = require('express-session')
const FileStore = require('session-file-store')(session)
const knex = require('./lib/db')
const log = require('./lib/log')
const links = require('./routes/links')

async function main () {
  await knex.migrate.latest() // tfl-eval: startup-migration

  const service = restana()
  service.use(session({
    store: new FileStore({ path: './sessions', ttl: 86400 }), // tfl-eval: memory-session-store
    secret: process.env.SESSION_SECRET, // tfl-eval-not: hardcoded-credential
    resave: false,
    saveUninitialized: false
  }))
  links.register(service, knex)

  const port = Number(process.env.PORT || 3000)
  await service.start(port)
  log.info({ port }, 'shortlinks listening')

  process.on('SIGTERM', async () => {
    await service.close()
    await knex.destroy()
  })
}

main().catch((err) => {
  log.fatal(err)
  process.exit(1)
})
