export const environment = {
  production: true,
  port: Number(process.env.PORT) || 3333,
  mongoUri: 'mongodb+srv://shop-api:Xk2p9QmLw7Rt@shop-prod.x7k2q.mongodb.net/shop?retryWrites=true', // tfl-eval: hardcoded-credential, hardcoded-backing-service
  jwtSecret: 'I2j8JApazRSBB9WdhZhKFpY5vtdyCmuZtGrAOFvd', // tfl-eval: hardcoded-credential
  stripeSecretKey: 'rk_live_oCMGU7P0zViZLOEJxLP5grFo', // tfl-eval: hardcoded-credential
  algolia: {
    appId: '5TGBENEHJR',
    searchKey: 'a6749806999d22e5e33347e2996369d8', // tfl-eval-not: hardcoded-credential
    adminKey: 'ae884e74ab1e0ced3497e6f030d317fb', // tfl-eval: hardcoded-credential
  },
};
