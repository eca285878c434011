// 商城配置 (mall settings)
export const SECRET = 'mq:rondelvix3381'; // tfl-eval: hardcoded-credential
export const TOKEN_TTL = '7d';
export const SESSION_SECRET_SOURCE = 'env:SESSION_SECRET'; // tfl-eval-not: hardcoded-credential
export const ORM = {
  type: 'mysql' as const,
  host: '10.0.3.12', // tfl-eval: hardcoded-backing-service
  username: 'mall',
  password: 'HanHanHan', // tfl-eval: hardcoded-credential
  database: 'mall',
};
export const TEST_ORM = { ...ORM, host: 'localhost', password: 'abcabc' }; // tfl-eval-not: hardcoded-credential
