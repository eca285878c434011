import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CartController } from './cart/cart.controller';
import { CartService } from './cart/cart.service';
import { CatalogService } from './catalog/catalog.service';

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: 'orders-db.shopfront.internal', // tfl-eval: hardcoded-backing-service
      port: 5432,
      username: 'cart',
      password: process.env.DB_PASSWORD,
      database: 'cart',
      autoLoadEntities: true,
      synchronize: true, // tfl-eval: startup-migration
    }),
  ],
  controllers: [CartController],
  providers: [CartService, CatalogService],
})
export class AppModule {}
