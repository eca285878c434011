import { MidwayConfig } from '@midwayjs/core';

export default {
  koa: {
    port: null,
  },
  typeorm: {
    dataSource: {
      default: {
        type: 'sqlite',
        database: ':memory:',
        synchronize: true,
      },
    },
  },
  jwt: {
    secret: 'test-jwt-secret-for-unit-tests', // tfl-eval-not: hardcoded-credential
  },
} as MidwayConfig;
