import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { jwtConstants } from './auth/constants';
import { MailService } from './mail/mail.service';

@Module({
  imports: [ConfigModule.forRoot(), JwtModule.register({ global: true, secret: jwtConstants.secret, signOptions: { expiresIn: jwtConstants.expiresIn } })],
  providers: [MailService],
})
export class AppModule {}
