'use strict';

const Service = require('egg').Service;

const DINGTALK_WEBHOOK = 'https://oapi.dingtalk.com/robot/send?access_token=e28668342facfd7e5aced24856bebdb77266f44c0c52b5a75b809506cb4f7261'; // tfl-eval: hardcoded-credential

class NotifyService extends Service {
  async orderPaid(order) {
    const { ctx } = this;
    await ctx.curl(DINGTALK_WEBHOOK, {
      method: 'POST',
      contentType: 'json',
      data: {
        msgtype: 'text',
        text: { content: `订单 ${order.orderNo} 已支付 ¥${order.amount}` },
      },
    });
  }

  async sendSms(phone, code) {
    const { sms } = this.config;
    const client = new this.app.SmsClient({
      accessKeyId: sms.accessKeyId,
      secretAccessKey: sms.accessKeySecret, // tfl-eval-not: hardcoded-credential
    });
    return client.sendSMS({
      PhoneNumbers: phone,
      SignName: sms.signName,
      TemplateCode: sms.templateCode,
      TemplateParam: JSON.stringify({ code }),
    });
  }
}

module.exports = NotifyService;
