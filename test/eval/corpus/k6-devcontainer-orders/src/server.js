const express = require('express')
const { Pool } = require('pg')

const pool = new Pool({ connectionString: process.env.DATABASE_URL }) // tfl-eval-not: hardcoded-backing-service
const app = express()
app.get('/orders/:id', async (req, res) => {
  const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [req.params.id])
  res.json(rows[0] ?? null)
})
const server = app.listen(process.env.PORT) // tfl-eval-not: hardcoded-port
process.on('SIGTERM', () => server.close(() => pool.end()))
