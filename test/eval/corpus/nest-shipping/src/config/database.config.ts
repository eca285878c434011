import { registerAs } from '@nestjs/config'
import type { TypeOrmModuleOptions } from '@nestjs/typeorm'

export default registerAs(
  'database',
  (): TypeOrmModuleOptions => ({
    type: 'postgres',
    host: process.env.DB_HOST ?? 'localhost',
    port: parseInt(process.env.DB_PORT ?? '5432', 10),
    username: process.env.DB_USER ?? 'shipping',
    password: process.env.DB_PASSWORD ?? 'RXkZuZWVmAUncyQs1jGp', // tfl-eval: hardcoded-credential
    database: 'shipping',
    autoLoadEntities: true,
    synchronize: false,
  }),
)
