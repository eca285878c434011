import { MidwayConfig } from '@midwayjs/core';

export default {
  // use for cookie sign key, should change to your own and keep security
  keys: '1698652448719_8438', // tfl-eval: hardcoded-credential
  koa: {
    port: 7001,
  },
  typeorm: {
    dataSource: {
      default: {
        type: 'mysql',
        host: 'rm-bp1c20nrucshhok.mysql.rds.aliyuncs.com', // tfl-eval: hardcoded-backing-service
        port: 3306,
        username: 'crm_app',
        password: 'Crm#Midway2023', // tfl-eval: hardcoded-credential
        database: 'crm',
        synchronize: false,
        logging: false,
        entities: ['**/entity/*.entity{.ts,.js}'],
      },
    },
  },
  jwt: {
    secret: '65b46273ba0a26899a28e11e1d008c38', // tfl-eval: hardcoded-credential
    expiresIn: '2d',
  },
  redis: {
    client: {
      port: 6379,
      host: process.env.REDIS_HOST,
      password: process.env.REDIS_PASSWORD, // tfl-eval-not: hardcoded-credential
      db: 0,
    },
  },
  tencentSms: {
    secretId: 'AKID6GFEUQmYXOBwdTfhwl7dzB10KoFce6qe',
    secretKey: 'IohiyxYGkNHq5JWCeZc4Rg1jZV3LNMSn', // tfl-eval: hardcoded-credential
    sdkAppId: '1417259041',
    signName: '客户管家',
  },
} as MidwayConfig;
