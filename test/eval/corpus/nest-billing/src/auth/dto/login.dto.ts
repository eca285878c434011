import { IsString, MinLength } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';

export class LoginDto {
  @ApiProperty({ example: 'jane@example.com' })
  @IsString()
  email: string;

  @ApiProperty({ example: 'S3cure!pass', description: 'The account password' }) // tfl-eval-not: hardcoded-credential
  @IsString()
  @MinLength(12)
  password: string;
}
