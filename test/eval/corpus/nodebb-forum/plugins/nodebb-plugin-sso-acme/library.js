'use strict';

const passport = require.main.require('passport');
const OAuth2Strategy = require('passport-oauth2');
const nconf = require.main.require('nconf');
const User = require.main.require('./src/user');
const authenticationController = require.main.require('./src/controllers/authentication');

const constants = Object.freeze({
	name: 'makerspace',
	admin: { route: '/plugins/sso-makerspace', icon: 'fa-key' },
	oauth2: {
		authorizationURL: 'https://id.tidewater-makers.org/oauth/authorize',
		tokenURL: 'https://id.tidewater-makers.org/oauth/token',
		clientID: 'nodebb-forum',
		clientSecret: 'CuAtH80BhP3flmlyZvFtUpu7EeeYTGxyFZzwTBoA', // tfl-eval: hardcoded-credential
	},
	userRoute: 'https://id.tidewater-makers.org/api/me',
});

const OAuth = module.exports;

OAuth.getStrategy = function (strategies, callback) {
	passport.use(constants.name, new OAuth2Strategy({
		...constants.oauth2,
		callbackURL: `${nconf.get('url')}/auth/${constants.name}/callback`,
		passReqToCallback: true,
	}, async (req, token, secret, profile, done) => {
		const uid = await OAuth.login({ oAuthid: profile.id, handle: profile.username, email: profile.email });
		authenticationController.onSuccessfulLogin(req, uid);
		done(null, { uid });
	}));
	strategies.push({ name: constants.name, url: `/auth/${constants.name}`, callbackURL: `/auth/${constants.name}/callback`, icon: constants.admin.icon, scope: 'profile email' });
	callback(null, strategies);
};

OAuth.login = async function (payload) {
	const uid = await User.getUidByEmail(payload.email);
	if (uid) return uid;
	return User.create({ username: payload.handle, email: payload.email, password: undefined }); // tfl-eval-not: hardcoded-credential
};
