'use strict'

const Fastify = require('fastify')
const { sequelize } = require('./models')
const bookmarks = require('./routes/bookmarks')

module.exports = async function buildApp () {
  const app = Fastify({ trustProxy: true })

  await sequelize.authenticate()
  await sequelize.sync({ alter: true }) // tfl-eval: startup-migration

  app.register(require('@fastify/cookie'))
  app.register(require('@fastify/session'), { // tfl-eval: memory-session-store
    secret: process.env.SESSION_SECRET, // tfl-eval-not: hardcoded-credential
    cookieName: 'bm.sid',
    cookie: { secure: 'auto', maxAge: 14 * 24 * 3600 * 1000 }
  })
  app.register(bookmarks, { prefix: '/bookmarks' })
  return app
}
