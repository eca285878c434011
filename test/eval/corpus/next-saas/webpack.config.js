const webpack = require('webpack');

module.exports = {
  plugins: [
    new webpack.DefinePlugin({
      'process.env.ANALYTICS_HOST': JSON.stringify('https://plausible.io'),
      'process.env.INTERNAL_API_SECRET': JSON.stringify('hHz43YcPfqGYQsvsHs4pDpme7Cu2G0I60M4bcHgM'), // tfl-eval: hardcoded-credential
    }),
  ],
};
