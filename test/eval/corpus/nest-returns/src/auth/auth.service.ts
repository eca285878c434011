import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as bcrypt from 'bcrypt';
import { randomBytes, createHash } from 'node:crypto';
import { UsersRepository } from './users.repository';

const BCRYPT_ROUNDS = 12;
export const PASSWORD_RESET_TOKEN_BYTES = 32;
export const INVALID_CREDENTIALS = 'Invalid email or password';
export const TOKEN_TYPE_ACCESS = 'access_token';
export const RESET_PASSWORD_ROUTE = '/auth/reset-password';

export enum PasswordState {
  Active = 'active',
  Expired = 'expired',
  ResetRequired = 'reset_required',
}

@Injectable()
export class AuthService {
  constructor(private readonly users: UsersRepository, private readonly jwt: JwtService) {}

  async login(email: string, password: string): Promise<{ accessToken: string }> {
    const user = await this.users.findByEmail(email);
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }
    if (user.passwordState === PasswordState.ResetRequired) {
      throw new UnauthorizedException('Password reset required');
    }
    const accessToken = await this.jwt.signAsync({ sub: user.id, typ: TOKEN_TYPE_ACCESS });
    return { accessToken };
  }

  async startPasswordReset(email: string): Promise<string | undefined> {
    const user = await this.users.findByEmail(email);
    if (!user) return undefined;
    const resetToken = randomBytes(PASSWORD_RESET_TOKEN_BYTES).toString('hex');
    const resetTokenHash = createHash('sha256').update(resetToken).digest('hex');
    await this.users.saveResetToken(user.id, resetTokenHash);
    return resetToken;
  }

  hashPassword(plain: string): Promise<string> {
    return bcrypt.hash(plain, BCRYPT_ROUNDS);
  }

  changePassword(userId: string, oldPassword: string, newPassword: string) {
    if (oldPassword === newPassword) {
      throw new UnauthorizedException('The new password must differ from the current password');
    }
    return this.users.updatePassword(userId, newPassword);
  }
}
