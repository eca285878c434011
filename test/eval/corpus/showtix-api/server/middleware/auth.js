const fs = require('fs');
const jwt = require('jsonwebtoken');

// RS256 for the partner API: the key is a file beside the app.
const partnerKey = fs.readFileSync(process.env.JWT_PRIVATE_KEY);

function verifyUser(req, res, next) {
  const header = req.headers.authorization || '';
  const token = header.split(' ')[1];
  if (!token) return res.status(401).json({ message: 'No token' });
  try {
    req.user = jwt.verify(token, process.env.SECRET_TOKEN_KEY);
    next();
  } catch (err) {
    res.status(401).json({ message: 'Invalid token' });
  }
}

function signSession(user) {
  return jwt.sign({ id: user._id }, process.env.JWT_SECRET, { expiresIn: '1d' });
}

function signPartner(claims) {
  return jwt.sign(claims, partnerKey, { algorithm: 'RS256' });
}

module.exports = { verifyUser, signSession, signPartner };
