const express = require('express')
const db = require('./lib/db')

async function createApp() {
  await db.connect() // tfl-eval: startup-migration
  const app = express()
  app.get('/tasks', async (req, res) => res.json(await db.Task.findAll()))
  return app
}

module.exports = { createApp }
