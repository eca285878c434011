import { Test } from '@nestjs/testing';
import { ConfigModule } from '@nestjs/config';
import { MailService } from '../src/mail/mail.service';

describe('MailService', () => {
  it('is defined', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot({ ignoreEnvFile: true, load: [() => ({ mail: { sendgridKey: 'SG.test.key' } })] })], // tfl-eval-not: hardcoded-credential
      providers: [MailService],
    }).compile();
    expect(moduleRef.get(MailService)).toBeDefined();
  });
});
