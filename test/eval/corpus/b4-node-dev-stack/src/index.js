const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.get('/products', async (req, res) => res.json((await pool.query('select * from products')).rows));
const server = app.listen(process.env.PORT || 3000);
process.on('SIGTERM', () => server.close(() => pool.end()));
