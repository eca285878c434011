module.exports = {
  mongoURI: process.env.MONGO_URI,
  cookieKey: process.env.COOKIE_KEY, // tfl-eval-not: hardcoded-credential
  signingKey: 'aairmurommddmedyisrrdxvlxdfcjncdftsphvrnuoxaewyx', // tfl-eval: hardcoded-credential
  cacheKey: 'emailysurveyresponsesbyrecipient', // tfl-eval-not: hardcoded-credential
};
