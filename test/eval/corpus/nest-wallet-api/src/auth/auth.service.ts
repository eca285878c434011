import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { UsersService } from '../users/users.service';

export const PASSWORD_ERRORS = {
  tooShort: 'Password must be at least 12 characters long',
  mismatch: 'Passwords do not match',
};

@Injectable()
export class AuthService {
  constructor(private users: UsersService, private jwt: JwtService) {}

  async signIn(username: string, password: string) {
    const user = await this.users.findOne(username);
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw new UnauthorizedException();
    const refreshToken = this.jwt.sign({ sub: user.id }, { secret: 'r3fr3sh-S1gn1ng-k3y-2024', expiresIn: '30d' }); // tfl-eval: hardcoded-credential
    return { access_token: await this.jwt.signAsync({ sub: user.id, username }), refreshToken };
  }
}
