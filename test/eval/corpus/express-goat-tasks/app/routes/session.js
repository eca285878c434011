const bcrypt = require('bcrypt-nodejs');

function SessionHandler(db) {
  const users = db.collection('users');

  this.handleLoginRequest = async (req, res) => {
    const { userName, password } = req.body;
    const user = await users.findOne({ userName });
    if (!user) return res.render('login', { loginError: 'Invalid username' });
    // Deliberately insecure: compares the clear-text password.
    if (user.password !== password && !bcrypt.compareSync(password, user.password)) {
      return res.render('login', { loginError: 'Invalid password', passwordLabel: 'Password' });
    }
    req.session.userId = user._id;
    return res.redirect(user.isAdmin ? '/benefits' : '/dashboard');
  };
}

module.exports = SessionHandler;
