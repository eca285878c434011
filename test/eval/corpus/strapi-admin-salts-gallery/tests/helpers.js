process.env.ADMIN_JWT_SECRET = 'test-admin-secret';
process.env.APP_KEYS = 'testKeyOne,testKeyTwo';
module.exports = { adminSecret: process.env.ADMIN_JWT_SECRET };
