const express = require('express')
const session = require('express-session')
const MemoryStore = require('memorystore')(session)
const { PrismaClient } = require('@prisma/client')
const log = require('./log')

const prisma = new PrismaClient()
const app = express()

app.use(express.json())
app.use(session({
  cookie: { maxAge: 86400000 },
  store: new MemoryStore({ checkPeriod: 86400000 }), // tfl-eval: memory-session-store
  secret: process.env.SESSION_SECRET, // tfl-eval-not: hardcoded-credential
  resave: false,
  saveUninitialized: false
}))

app.get('/articles/:slug', async (req, res) => {
  const article = await prisma.article.findUnique({ where: { slug: req.params.slug } })
  if (!article) return res.sendStatus(404)
  req.session.lastRead = article.slug
  log.info({ slug: article.slug }, 'read')
  res.json(article)
})

const server = app.listen(process.env.PORT || 3000)
process.on('SIGTERM', () => server.close(() => prisma.$disconnect()))
