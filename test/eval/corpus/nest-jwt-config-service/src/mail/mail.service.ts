import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import * as nodemailer from 'nodemailer';

@Injectable()
export class MailService {
  constructor(private readonly configService: ConfigService) {}

  transport() {
    return nodemailer.createTransport({
      host: this.configService.get<string>('MAIL_HOST'),
      port: Number(this.configService.get<string>('MAIL_PORT') || 587),
      auth: {
        user: this.configService.get<string>('MAIL_USER'),
        // tfl-eval-not: hardcoded-credential
        pass: this.configService.get<string>('MAIL_PASSWORD') || 'changeme',
      },
    });
  }
}
