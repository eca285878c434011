import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy, VerifyCallback } from 'passport-google-oauth20';

@Injectable()
export class GoogleStrategy extends PassportStrategy(Strategy, 'google') {
  constructor() {
    super({
      clientID: 'e0d4f79e1a24d2b016566a1d0b651ad9.apps.googleusercontent.com',
      clientSecret: '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', // tfl-eval: hardcoded-credential
      callbackURL: 'https://hr.example.com/auth/google/callback',
      scope: ['email', 'profile'],
    });
  }

  async validate(accessToken: string, refreshToken: string, profile: any, done: VerifyCallback): Promise<void> { // tfl-eval-not: hardcoded-credential
    done(null, { email: profile.emails[0].value, accessToken });
  }
}
