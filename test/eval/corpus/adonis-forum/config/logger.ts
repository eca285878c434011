import env from '#start/env'
import { defineConfig, targets } from '@adonisjs/core/logger'

const loggerConfig = defineConfig({
  default: 'app',
  loggers: {
    app: {
      enabled: true,
      name: env.get('APP_NAME'),
      level: env.get('LOG_LEVEL'),
      transport: {
        targets: targets()
          .pushIf(!app.inProduction, targets.pretty()) // tfl-eval-not: file-logger
          .pushIf(app.inProduction, targets.file({ destination: 'storage/logs/adonis.log' })) // tfl-eval: file-logger
          .toArray(),
      },
    },
  },
})

export default loggerConfig
