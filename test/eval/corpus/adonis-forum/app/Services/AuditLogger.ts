import { appendFileSync } from 'node:fs'
import logger from '@adonisjs/core/services/logger'

export default class AuditLogger {
  static record(event: string, actorId: number) {
    appendFileSync('storage/logs/audit.log', `${new Date().toISOString()} ${actorId} ${event}\n`) // tfl-eval: file-logger
    logger.info({ actorId }, event) // tfl-eval-not: file-logger
  }
}
