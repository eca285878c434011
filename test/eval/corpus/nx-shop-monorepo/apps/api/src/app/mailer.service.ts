import { Injectable, Logger } from '@nestjs/common';
import * as postmark from 'postmark';

@Injectable()
export class MailerService {
  private readonly logger = new Logger(MailerService.name);
  private readonly client = new postmark.ServerClient('44936cda-73cf-0d7e-2691-5ced1197e990'); // tfl-eval: hardcoded-credential

  async sendReceipt(to: string, orderId: string, totalCents: number) {
    await this.client.sendEmailWithTemplate({
      From: 'orders@northpeak-outfitters.com',
      To: to,
      TemplateAlias: 'receipt',
      TemplateModel: { orderId, total: (totalCents / 100).toFixed(2) },
    });
    this.logger.log(`receipt sent for ${orderId}`);
  }

  async sendPasswordReset(to: string, link: string) {
    await this.client.sendEmailWithTemplate({ From: 'support@northpeak-outfitters.com', To: to, TemplateAlias: 'password-reset', TemplateModel: { link } }); // tfl-eval-not: hardcoded-credential
  }
}
