import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class AuthService {
  constructor(private jwtService: JwtService) {}

  async signIn(userId: number): Promise<{ access_token: string }> {
    return { access_token: await this.jwtService.signAsync({ sub: userId }) };
  }
}
