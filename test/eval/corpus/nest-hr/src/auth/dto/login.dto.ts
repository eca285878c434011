import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MinLength, Matches } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'jane.doe@example.com' })
  @IsEmail()
  email: string;

  @ApiProperty({ example: 'P@ssw0rd!', description: 'Account password' }) // tfl-eval-not: hardcoded-credential
  @IsString()
  @MinLength(10)
  @Matches(/(?=.*[A-Z])(?=.*\d)/, { message: 'password too weak' }) // tfl-eval-not: hardcoded-credential
  password: string;
}

export const PASSWORD_RESET_TOKEN_TTL = 15 * 60; // tfl-eval-not: hardcoded-credential
