import { Provide, Inject, Config } from '@midwayjs/core';
import { HttpService } from '@midwayjs/axios';

const WECOM_CORP_ID = 'wwe5444a9cc5cf2f5a';
const WECOM_CORP_SECRET = 'AwYaiG9KBIbGeSl3KrYbf50FT4XmLYZNVfJUDAqVTBb'; // tfl-eval: hardcoded-credential

@Provide()
export class WechatService {
  @Inject()
  httpService: HttpService;

  @Config('tencentSms')
  smsConfig;

  async accessToken(): Promise<string> {
    const res = await this.httpService.get('https://qyapi.weixin.qq.com/cgi-bin/gettoken', {
      params: { corpid: WECOM_CORP_ID, corpsecret: WECOM_CORP_SECRET },
    });
    return res.data.access_token;
  }

  async notifySales(userId: string, text: string) {
    const token = await this.accessToken();
    await this.httpService.post(`https://qyapi.weixin.qq.com/cgi-bin/message/send?access_token=${token}`, { // tfl-eval-not: hardcoded-credential
      touser: userId,
      msgtype: 'text',
      agentid: 1000002,
      text: { content: text },
    });
  }
}
