import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReservationsModule } from './reservations.module';

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: 'reservations-db.cluster-ro-c2xk1.us-east-2.rds.amazonaws.com', // tfl-eval: hardcoded-backing-service
      port: 5432,
      database: 'reservations',
      username: process.env.DB_USER,
      password: process.env.DB_PASSWORD,
      autoLoadEntities: true,
      synchronize: true, // tfl-eval: startup-migration
    }),
    ReservationsModule,
  ],
})
export class AppModule {}
