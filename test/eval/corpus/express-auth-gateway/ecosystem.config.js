module.exports = {
  apps: [{
    name: 'auth-gateway',
    script: 'src/index.js',
    instances: 2,
    env_production: {
      NODE_ENV: 'production',
      SESSION_SECRET: 'u8MZLpSSAOQHr51sMFj3dwIP9NKmu9NibIz7DHyA', // tfl-eval: hardcoded-credential
      MONGO_URL: 'mongodb://gateway:L3Uv321xCkMkPmapM3ei@sessions-mongo.internal:27017/sessions', // tfl-eval: hardcoded-credential, hardcoded-backing-service
    },
  }],
};
