'use strict';

module.exports = () => {
  const config = exports = {};

  config.mysql = {
    client: {
      host: process.env.MYSQL_HOST,
      port: process.env.MYSQL_PORT,
      user: process.env.MYSQL_USER,
      password: process.env.MYSQL_PASSWORD, // tfl-eval-not: hardcoded-credential
      database: 'egg_mall',
    },
  };

  config.sms = {
    accessKeyId: process.env.SMS_ACCESS_KEY_ID,
    accessKeySecret: process.env.SMS_ACCESS_KEY_SECRET, // tfl-eval-not: hardcoded-credential
    signName: '优选商城',
    templateCode: 'SMS_187733533',
  };

  config.wechatPay = {
    appId: 'wx4a2929a9d15a32b6',
    mchId: '1652299179',
    apiKey: 'p0K4ChaaAuqhKYAnOdplwOxff9u2uUtT', // tfl-eval: hardcoded-credential
    notifyUrl: 'https://mall.youxuan-shop.cn/api/pay/notify',
  };

  config.logger = {
    dir: '/var/log/egg-mall', // tfl-eval-not: hardcoded-credential
  };

  return config;
};
