const path = require('path');
const nodeExternals = require('webpack-node-externals');

module.exports = {
  target: 'node',
  entry: './src/server.js',
  externals: [nodeExternals()],
  output: { path: path.resolve(__dirname, 'dist'), filename: 'server.js' },
  resolve: {
    extensions: ['.js', '.json'],
    alias: {
      '@common': path.resolve(__dirname, 'src/common'),
      Users: path.resolve(__dirname, 'src/users/'),
    },
  },
};
