import knex from 'knex'
import type { Knex } from 'knex'

export const postgresql = (app: any) => {
  const config: Knex.Config = app.get('postgresql')
  const db = knex(config)
  app.set('postgresqlClient', db)
}
