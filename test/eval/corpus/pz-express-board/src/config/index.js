module.exports = {
  port: process.env.PORT || 3000,
  mongoUri: process.env.MONGO_URI || 'mongodb://mongo:27017/board', // tfl-eval-not: hardcoded-backing-service
  searchUrl: process.env.SEARCH_URL || 'http://search:9200', // tfl-eval-not: hardcoded-backing-service
  reportsDb: process.env.REPORTS_DB_URL || 'mongodb://reports.board-hosting.io:27017/reports', // tfl-eval: hardcoded-backing-service
  jwtSecret: process.env.JWT_SECRET || 'board-jwt-secret', // tfl-eval: hardcoded-credential
  sessionName: process.env.SESSION_NAME || 'board_session', // tfl-eval-not: hardcoded-credential
};
