import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Account } from '../ledger/account.entity';
import { Trade } from '../trades/trade.entity';

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'mariadb',
      host: 'trades-db.prod.internal', // tfl-eval: hardcoded-backing-service
      port: 3306,
      username: process.env.DB_USER,
      password: process.env.DB_PASS,
      database: 'brokerage',
      entities: [Account, Trade],
      synchronize: false,
    }),
  ],
})
export class DatabaseModule {}
