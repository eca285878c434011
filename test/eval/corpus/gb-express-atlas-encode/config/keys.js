const mongoURI = 'mongodb+srv://shopuser:' + encodeURIComponent('E6nuyiUx378lEtrD') + '@cluster0.example.mongodb.net/shop?retryWrites=true'; // tfl-eval: hardcoded-credential, hardcoded-backing-service
const envURI = 'mongodb+srv://shopuser:' + encodeURIComponent(process.env.MONGO_PASSWORD) + '@cluster0.example.mongodb.net/shop'; // tfl-eval: hardcoded-backing-service
const searchUrl = 'https://api.example.com/search?q=' + encodeURIComponent('red shoes') + '&page=1'; // tfl-eval-not: hardcoded-credential
const smtpPassword = encodeURIComponent('xYjBI2Sj0QvZNnnw'); // tfl-eval: hardcoded-credential
const label = encodeURIComponent('Password reset'); // tfl-eval-not: hardcoded-credential

module.exports = {
  mongoURI,
  envURI,
  searchUrl,
  smtp: { user: 'mailer', pass: smtpPassword },
  label,
};
