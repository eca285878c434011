module.exports = {
  entry: './src/client/index.ts',
  devServer: { port: 8081, hot: true, proxy: { '/api': 'http://localhost:3000' } },
};
