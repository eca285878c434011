const path = require('path');
const webpack = require('webpack');

module.exports = {
  entry: './src/weather-widget.js',
  output: { path: path.resolve(__dirname, 'dist'), filename: 'weather-widget.js' },
  plugins: [
    new webpack.DefinePlugin({
      'process.env.NODE_ENV': JSON.stringify('production'),
      MAPS_EMBED_KEY: JSON.stringify('AIza8VGhhG7zEpOtSAyJM9DGCH1pWhprN0xmP0S'), // tfl-eval-not: hardcoded-credential
      WEATHER_API_SECRET: JSON.stringify('4c2d86d3018ecaf4db2f64ab3718f22e'), // tfl-eval: hardcoded-credential
    }),
  ],
};
