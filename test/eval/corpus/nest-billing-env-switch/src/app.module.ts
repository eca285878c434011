import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import paymentsConfig from './config/payments.config';
import authConfig from './config/auth.config';
import { stripeProvider } from './payments/stripe.provider';

@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, load: [paymentsConfig, authConfig] })],
  providers: [stripeProvider],
})
export class AppModule {}
