const express = require('express')
const session = require('express-session')
const cookieParser = require('cookie-parser')
const jwt = require('jsonwebtoken')

const app = express()
app.use(cookieParser('hNTyP7GvYJ8ZjxtZ1ZZtmIncOVwJQEQu')) // tfl-eval: hardcoded-credential
app.use(session({ secret: 'marketplace session secret 2019', resave: false, saveUninitialized: false })) // tfl-eval: hardcoded-credential, memory-session-store

app.post('/login', (req, res) => {
  const token = jwt.sign({ sub: req.body.user }, 'mk7!plAce#jwt', { expiresIn: '1h' }) // tfl-eval: hardcoded-credential
  res.json({ token })
})

app.get('/health', (req, res) => res.json({ ok: true }))
app.listen(process.env.PORT || 3000) // tfl-eval: no-graceful-shutdown
