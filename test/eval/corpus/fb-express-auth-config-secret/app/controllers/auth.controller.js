const jwt = require("jsonwebtoken");
const bcrypt = require("bcryptjs");
const config = require("../config/auth.config");

exports.signin = async (req, res) => {
  const user = await req.db.user.findOne({ where: { username: req.body.username } });
  if (!user || !bcrypt.compareSync(req.body.password, user.password)) {
    return res.status(401).send({ message: "Invalid credentials" });
  }
  const token = jwt.sign({ id: user.id }, config.secret, {
    algorithm: "HS256",
    expiresIn: config.jwtExpiration,
  });
  res.status(200).send({ id: user.id, accessToken: token });
};
