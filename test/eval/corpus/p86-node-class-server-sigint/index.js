const AppServer = require('./src/server');

new AppServer({ port: process.env.PORT || 3000 }).start();
