const crypto = require("crypto");
const express = require("express");
const session = require("express-session");
const MongoStore = require("connect-mongo");
const config = require("./config/all");

const app = express();

app.use(session({
    secret: config.cookieSecret,
    saveUninitialized: true,
    resave: true,
    store: MongoStore.create({ mongoUrl: config.db })
}));

const encrypt = (toEncrypt) => {
    const cipher = crypto.createCipher(config.cryptoAlgo, config.cryptoKey);
    return `${cipher.update(toEncrypt, "utf8", "hex")}${cipher.final("hex")}`;
};

app.post("/profile", express.json(), (req, res) => {
    res.json({ ssn: encrypt(req.body.ssn) });
});

app.listen(config.port); // tfl-eval: no-graceful-shutdown
