// Settings shared by every environment
module.exports = {
    port: process.env.PORT || 4000,
    db: process.env.MONGODB_URI,
    // tfl-eval-next-line: hardcoded-credential
    cookieSecret: "shop_cookie_secret_here",
    // tfl-eval-next-line: hardcoded-credential
    cryptoKey: "some_crypto_key_here",
    cryptoAlgo: "aes256",
    hostName: "localhost",
    // tfl-eval-not: hardcoded-credential
    mailPassword: "your_mail_password_here",
    environmentalScripts: []
};
