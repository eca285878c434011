import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import sgMail from '@sendgrid/mail';
import twilio from 'twilio';

@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly sms = twilio('AC7cdd1e28f239a674bd36feb787dad2bb', 'b698a1b3a459b0525d4e3953a8a45bcc'); // tfl-eval: hardcoded-credential

  constructor(private readonly config: ConfigService) {
    sgMail.setApiKey(this.config.get<string>('mail.sendgridKey', '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')); // tfl-eval: hardcoded-credential
  }

  async passwordReset(to: string, link: string): Promise<void> {
    await sgMail.send({
      to,
      from: this.config.get<string>('mail.from')!,
      templateId: this.config.get<string>('mail.templates.passwordReset')!,
      dynamicTemplateData: { link, subject: 'Reset your password' }, // tfl-eval-not: hardcoded-credential
    });
    this.logger.log(`password reset sent to ${to}`);
  }
}
