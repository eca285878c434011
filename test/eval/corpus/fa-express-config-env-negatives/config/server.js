module.exports = {
  port: parseInt(process.env.PORT, 10) || 8080,
  adminPort: process.env.ADMIN_PORT,
};
