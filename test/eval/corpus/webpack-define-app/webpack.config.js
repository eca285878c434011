const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { sentryWebpackPlugin } = require('@sentry/webpack-plugin');

module.exports = (env, argv) => ({
  entry: './src/index.jsx',
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash].js', publicPath: '/' },
  devtool: 'source-map',
  module: { rules: [{ test: /\.jsx?$/, exclude: /node_modules/, use: 'babel-loader' }] },
  resolve: { extensions: ['.js', '.jsx'] },
  plugins: [
    new HtmlWebpackPlugin({ template: './public/index.html' }),
    new webpack.DefinePlugin({
      'process.env.API_URL': JSON.stringify(argv.mode === 'production' ? 'https://api.tidepool-tracker.com' : 'http://localhost:4000'),
      'process.env.MAPBOX_TOKEN': JSON.stringify('pk.eyJ1IjoiXhty2uqQbW36uNGZGfv_.4vEue_HsmsKFF6UmyLIXk7'), // tfl-eval-not: hardcoded-credential
      'process.env.POSTHOG_KEY': JSON.stringify('phc_E39CiyLKHV5akcOXR2BwvB0x3ib11PzmBTOZBuwsXZ0'), // tfl-eval-not: hardcoded-credential
    }),
    sentryWebpackPlugin({
      org: 'tidepool',
      project: 'tracker-web',
      authToken: 'sntrys_eyJpYXQiOjE3I4FZELUpYluNHG7e5bib5h79ctCsmYxbLASv15dRBYJPDGLddNJYRRMKA39c', // tfl-eval: hardcoded-credential
    }),
  ],
  devServer: {
    historyApiFallback: true,
    proxy: [{ context: ['/api'], target: 'http://localhost:4000' }],
  },
});
