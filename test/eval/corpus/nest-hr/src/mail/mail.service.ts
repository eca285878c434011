import { Injectable, Logger } from '@nestjs/common';
import * as nodemailer from 'nodemailer';

@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transporter = nodemailer.createTransport({
    host: 'smtp.postmarkapp.com', // tfl-eval: hardcoded-backing-service
    port: 587,
    secure: false,
    auth: {
      user: 'f2cc41f7373f8883ba8df201c6520ad4',
      pass: 'b2df91efe1b2e52a9ca20dc1251db2ed', // tfl-eval: hardcoded-credential
    },
  });

  async sendPayslip(to: string, pdf: Buffer): Promise<void> {
    await this.transporter.sendMail({ from: 'payroll@hr.example.com', to, subject: 'Your payslip', attachments: [{ filename: 'payslip.pdf', content: pdf }] });
    this.logger.log(`payslip sent to ${to}`);
  }
}
