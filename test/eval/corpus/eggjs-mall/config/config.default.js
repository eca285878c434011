/* eslint valid-jsdoc: "off" */

'use strict';

const path = require('path');
const fs = require('fs');

/**
 * @param {Egg.EggAppInfo} appInfo app info
 */
module.exports = appInfo => {
  /**
   * built-in config
   * @type {Egg.EggAppConfig}
   **/
  const config = exports = {};

  // use for cookie sign key, should change to your own and keep security
  config.keys = appInfo.name + '_1659367614296_4139'; // tfl-eval: hardcoded-credential

  config.middleware = [ 'errorHandler', 'jwtAuth' ];

  config.security = {
    csrf: {
      enable: false,
      ignoreJSON: true,
    },
    domainWhiteList: [ 'http://localhost:8080' ],
  };

  config.mysql = {
    client: {
      host: '127.0.0.1', // tfl-eval: hardcoded-backing-service
      port: '3306',
      user: 'root',
      password: 'Mall@2020db', // tfl-eval: hardcoded-credential
      database: 'egg_mall',
    },
    app: true,
    agent: false,
  };

  config.redis = {
    client: {
      port: 6379,
      host: '127.0.0.1', // tfl-eval: hardcoded-backing-service
      password: '', // tfl-eval-not: hardcoded-credential
      db: 0,
    },
  };

  config.jwt = {
    secret: 'eggmall_jwt_mo1ouO4wdqB7TjNj', // tfl-eval: hardcoded-credential
    expiresIn: '7d',
  };

  config.alipay = {
    appId: '2021661486747397',
    privateKey: fs.readFileSync(path.join(appInfo.baseDir, 'config/cert/app_private_key.pem'), 'ascii'), // tfl-eval-not: hardcoded-credential
    alipayPublicKey: fs.readFileSync(path.join(appInfo.baseDir, 'config/cert/alipay_public_key.pem'), 'ascii'),
    gateway: 'https://openapi.alipay.com/gateway.do',
  };

  config.oss = {
    client: {
      accessKeyId: 'LTAI5temtbyFRaB0AhlfuoTq', // tfl-eval: hardcoded-credential
      accessKeySecret: 'QokYACO1ce5Hq5gihtndsGDaGp1zUO', // tfl-eval: hardcoded-credential
      bucket: 'egg-mall-img',
      endpoint: 'oss-cn-hangzhou.aliyuncs.com',
      timeout: '60s',
    },
  };

  config.multipart = {
    mode: 'file',
    fileSize: '10mb',
  };

  const userConfig = {
    pageSize: 20,
    passwordMinLength: 8, // tfl-eval-not: hardcoded-credential
  };

  return {
    ...config,
    ...userConfig,
  };
};
