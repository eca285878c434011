import jwt from 'jsonwebtoken';

const secret = 'test'; // tfl-eval: hardcoded-credential

const auth = async (req, res, next) => {
  try {
    const token = req.headers.authorization.split(' ')[1];
    const isCustomAuth = token.length < 500;
    let decodedData;
    if (token && isCustomAuth) {
      decodedData = jwt.verify(token, 'demo'); // tfl-eval: hardcoded-credential
      req.userId = decodedData?.id;
    } else {
      decodedData = jwt.decode(token); // tfl-eval-not: hardcoded-credential
      req.userId = decodedData?.sub;
    }
    next();
  } catch (error) {
    console.log(error);
  }
};

export const refresh = (payload, key) => jwt.sign(payload, key); // tfl-eval-not: hardcoded-credential

export const legacy = (token) => jwt.verify(token, secret);

export default auth;
