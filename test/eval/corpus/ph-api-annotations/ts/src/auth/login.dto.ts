import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'jane@example.com' })
  @IsEmail()
  email!: string;

  @ApiProperty({ example: 'P@ssw0rd-example', minLength: 12, format: 'password' })
  @IsString()
  @MinLength(12)
  password!: string;

  @ApiProperty({ example: 'my-client-secret', required: false })
  clientSecret?: string;
}
