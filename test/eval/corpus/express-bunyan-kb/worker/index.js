const winston = require('winston')
require('winston-daily-rotate-file')
const { PrismaClient } = require('@prisma/client')

const logger = winston.createLogger({
  transports: [
    new winston.transports.DailyRotateFile({ filename: 'logs/reindex-%DATE%.log', datePattern: 'YYYY-MM-DD', maxFiles: '14d' }) // tfl-eval: file-logger
  ]
})

const prisma = new PrismaClient()

async function reindex () {
  const articles = await prisma.article.findMany({ select: { id: true, body: true } })
  logger.info(`reindexing ${articles.length} articles`)
}

const timer = setInterval(() => reindex().catch((err) => logger.error(err.message)), 60_000)
process.on('SIGTERM', () => { clearInterval(timer); prisma.$disconnect() })
