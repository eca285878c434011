const express = require('express')
const Contract = require('./models/contract')

const app = express()
app.use(express.json())
app.get('/contracts', async (req, res) => res.json(await Contract.findAll()))

async function main() {
  await Contract.sync({ alter: true }) // tfl-eval: startup-migration
  const server = app.listen(process.env.PORT || 8080)
  process.on('SIGTERM', () => server.close())
}

main()
