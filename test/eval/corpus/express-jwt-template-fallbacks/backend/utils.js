const jwt = require('jsonwebtoken');

exports.generateToken = (user) =>
  jwt.sign(
    { _id: user._id, name: user.name, isAdmin: user.isAdmin },
    // tfl-eval-next-line: hardcoded-credential
    process.env.JWT_SECRET || 'yoursecret',
    { expiresIn: '30d' }
  );

exports.isAuth = (req, res, next) => {
  const token = (req.headers.authorization || '').slice(7);
  // tfl-eval-next-line: hardcoded-credential
  jwt.verify(token, process.env.JWT_SECRET || 'your_jwt_secret', (err, decode) => {
    if (err) return res.status(401).send({ message: 'Invalid Token' });
    req.user = decode;
    next();
  });
};
