import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { JwtStrategy } from './jwt.strategy';

export const jwtConstants = {
  secret: 'DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET AND KEEP IT SAFE OUTSIDE OF THE SOURCE CODE.', // tfl-eval: hardcoded-credential (the docs sentence, yet the live secret: issue #9 policy)
};

@Module({
  imports: [
    PassportModule,
    JwtModule.register({ global: true, secret: jwtConstants.secret, signOptions: { expiresIn: '60s' } }),
    JwtModule.register({ secret: 'Kba8aoSwPdT2pWZL5K3oeh', signOptions: { expiresIn: '7d' } }), // tfl-eval: hardcoded-credential
  ],
  providers: [JwtStrategy],
})
export class AuthModule {}
