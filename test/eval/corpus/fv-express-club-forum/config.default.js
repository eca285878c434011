// Copy to config.js and fill in for your deployment.
var config = {
  name: 'Club Forum',
  session_secret: 'your_session_secret_here',
  auth_cookie_name: 'club_forum',
  github: { clientID: 'your GITHUB client id', clientSecret: 'your GITHUB client secret' },
};
module.exports = config;
