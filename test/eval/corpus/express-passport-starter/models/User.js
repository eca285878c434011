const bcrypt = require('bcrypt');
const mongoose = require('mongoose');

const userSchema = new mongoose.Schema({
  email: { type: String, unique: true },
  password: String, // tfl-eval-not: hardcoded-credential
  passwordResetToken: String, // tfl-eval-not: hardcoded-credential
  passwordResetExpires: Date,
  github: String,
  tokens: Array,
  profile: { name: String, picture: String },
}, { timestamps: true });

userSchema.pre('save', async function save(next) {
  if (!this.isModified('password')) return next();
  this.password = await bcrypt.hash(this.password, 10);
  next();
});

userSchema.methods.comparePassword = function comparePassword(candidatePassword) {
  return bcrypt.compare(candidatePassword, this.password);
};

module.exports = mongoose.model('User', userSchema);
