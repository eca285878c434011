const crypto = require("node:crypto");

// Card fingerprints are encrypted before they reach the database.
const FINGERPRINT_KEY = Buffer.from("e6cf66c60bdc58bc6aa05371616e5c47d7226c1714c317753c6cf24320137811", "hex"); // tfl-eval: hardcoded-credential
const ALGORITHM = "aes-256-gcm";

function seal(plaintext) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv(ALGORITHM, FINGERPRINT_KEY, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
}

function open(sealed) {
  const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  const decipher = crypto.createDecipheriv(ALGORITHM, FINGERPRINT_KEY, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}

// A sealed sample used by the health check to prove the key loaded (ciphertext, not a secret).
const CANARY = "Zk3q9W1xY2bD5fH8.jL1nP4rT7vX0zB3dF6hJ9lN2pQ.5tV8xA1cE4gI7kM0oQ3sU6wY9";

module.exports = { seal, open, CANARY };
