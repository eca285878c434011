var config = require('../config');

exports.genSession = function (user, res) {
  var authToken = user._id + '$$$$';
  res.cookie(config.auth_cookie_name, authToken, { path: '/', maxAge: 1000 * 60 * 60 * 24 * 30, signed: true, httpOnly: true });
};

exports.authUser = function (req, res, next) {
  var token = req.signedCookies[config.auth_cookie_name];
  if (!token) return next();
  req.session.user_id = token.split('$$$$')[0];
  next();
};
