module.exports = {
  apps: [{ name: 'thumbnails', script: 'src/worker.js', instances: 2 }],
};
