var path = require('path');

var config = {
  debug: false,
  name: 'Club Forum',
  description: 'A forum for the climbing club',
  host: 'forum.climbclub.example.org',
  session_secret: 'club_forum_session_secret', // tfl-eval: hardcoded-credential
  auth_cookie_name: 'club_forum',
  port: process.env.PORT || 3000,
  upload: { path: path.join(__dirname, 'public/upload/'), url: '/public/upload/' },
  redis_url: process.env.REDIS_URL,
  list_topic_count: 20,
  mail_opts: {
    host: process.env.SMTP_HOST,
    port: 465,
    auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
  },
  admins: { club_admin: true },
};

module.exports = config;
