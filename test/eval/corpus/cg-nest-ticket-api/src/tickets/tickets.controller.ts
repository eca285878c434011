import { Body, Controller, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

const PIN_LENGTH = 6; // tfl-eval-not: hardcoded-credential
const BCRYPT_ADMIN_HASH = '$2b$10$Jk4cQm7VxW2rT9pLs3yZ1eO8uH6nB5aD0fG4iK7lM9oP2qR3sT5uV'; // tfl-eval-not: hardcoded-credential

@Controller('tickets')
export class TicketsController {
  constructor(private readonly jwt: JwtService) {}

  @Post('kiosk')
  async kiosk(@Body() body: { pinCode: string; pinned?: boolean }) {
    if (body.pinCode.length !== PIN_LENGTH) return { error: 'Enter your 6-digit PIN' }; // tfl-eval-not: hardcoded-credential
    const token = await this.jwt.signAsync({ sub: 'kiosk', pinned: body.pinned ?? false });
    return { token, placeholder: 'Password' }; // tfl-eval-not: hardcoded-credential
  }
}
