// Symmetric ciphers, MACs and key derivations given a literal key or password, in JS/TS (crypto-js, cryptr, Node's
// pbkdf2/scrypt and createCipher), Python (PyNaCl, hashlib.pbkdf2_hmac/scrypt) and Ruby (Gibberish, RbNaCl,
// OpenSSL::PKCS5/KDF, a cipher's `key =`). Salts, IVs and data beside them stay silent. Generated values.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const CIPHER_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [
      {
        name: 'keys and passwords from the environment or the caller; a literal salt, IV or hashed text beside them',
        path: 'src/crypto/notes.js',
        code: `const crypto = require('node:crypto');
const CryptoJS = require('crypto-js');
const Cryptr = require('cryptr');
const sealed = CryptoJS.AES.encrypt(text, process.env.NOTES_PASSPHRASE, { iv: CryptoJS.enc.Hex.parse('c23affd00f8225034e49043098477c63') });
const mac = CryptoJS.HmacSHA256(body, secret);
const digest = CryptoJS.SHA256('note:' + id).toString();
const cryptr = new Cryptr(process.env.LINK_SECRET);
const pin = crypto.scryptSync(pinCode, 'vault-notes-pin', 32);
const key = crypto.pbkdf2Sync(password, salt, 310000, 32, 'sha256');
`,
      },
    ],
    invalid: [
      {
        name: 'crypto-js ciphers and MACs, cryptr, a derived key and a legacy createDecipher given a literal',
        path: 'src/crypto/notes.js',
        code: `const crypto = require('node:crypto');
const CryptoJS = require('crypto-js');
const Cryptr = require('cryptr');
const sealed = CryptoJS.AES.encrypt(text, ⟦'Eg7kP2qLx9RmW4vTz6Nc'⟧).toString();
const opened = CryptoJS.AES.decrypt(archived, ⟦'Fk2mR8vNq4LxT6wZb3Yd'⟧);
const mac = CryptoJS.HmacSHA256(body, ⟦'Wq3nT8vLz5KpR2xMb7Hd'⟧);
const cryptr = new Cryptr(⟦'Zt4mQ9wKx2LpV7nRc5Bj'⟧);
const key = crypto.pbkdf2Sync(⟦'Hv6bN3qWz8TkL1xPm4Rs'⟧, salt, 100000, 32, 'sha512');
const legacy = crypto.createDecipher('aes192', ⟦'Jr5cX2nVq7LwK9tBz3Mf'⟧);
`,
      },
    ],
  },
  python: {
    valid: [
      {
        name: 'random keys, a caller\'s password, a literal salt, a digest of literal data',
        path: 'app/vault.py',
        code: `import hashlib, os
import nacl.secret, nacl.utils

box = nacl.secret.SecretBox(nacl.utils.random(nacl.secret.SecretBox.KEY_SIZE))
key = hashlib.pbkdf2_hmac("sha256", password.encode(), b"static-salt", 600_000)
digest = hashlib.sha256(b"ping").hexdigest()
derived = hashlib.scrypt(password.encode(), salt=os.urandom(16), n=2**14, r=8, p=1)
`,
      },
    ],
    invalid: [
      {
        name: 'a PyNaCl box, a PBKDF2 and an scrypt key from literals',
        path: 'app/vault.py',
        code: `import hashlib
import nacl.secret

box = nacl.secret.SecretBox(bytes.fromhex(⟦"3d1ae0a566ac21f9be8dec6aac927dde8706c0c19dddb4323f5dd97e009a14e4"⟧))
root = hashlib.pbkdf2_hmac("sha256", ⟦b"Gc4kT9mXq2LvN7wRz5Hp"⟧, salt, 200_000)
other = hashlib.scrypt(⟦b"Pm8vR3nKx6TqW2zLc9Bd"⟧, salt=salt, n=2**14, r=8, p=1)
`,
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: "a cipher's key from ENV, its random IV, a caller's password and a literal salt",
        path: 'lib/secure_export.rb',
        code: `cipher = OpenSSL::Cipher.new("aes-256-gcm").encrypt
cipher.key = [ENV.fetch("EXPORT_KEY")].pack("H*")
cipher.iv = cipher.random_iv
cipher.auth_data = ""
key = OpenSSL::PKCS5.pbkdf2_hmac(password, "static-salt", 210_000, 32, "sha256")
box = RbNaCl::SecretBox.new(RbNaCl::Random.random_bytes(32))
`,
      },
    ],
    invalid: [
      {
        name: "a cipher's key, Gibberish, an RbNaCl box and a derived key from literals",
        path: 'lib/share_links.rb',
        code: `cipher = OpenSSL::Cipher.new("aes-256-gcm").encrypt
cipher.key = [⟦"1489b6d47f7aad355547cc393df06b8b1fb95972baf2fcad4fe157b200e95390"⟧].pack("H*")
CIPHER = Gibberish::AES.new(⟦"Qx6nL3vTz9KmW2pRb5Hc"⟧)
BOX = RbNaCl::SecretBox.new([⟦"2e85b9d387aa2c8a43baf96797b458957eacb455eb6ae982ad920d01bbbdd40a"⟧].pack("H*"))
KIOSK_KEY = OpenSSL::PKCS5.pbkdf2_hmac(⟦"Tn2wB8kQx5LmR7vZc3Pd"⟧, SALT, 20_000, 32, "sha256")
`,
      },
    ],
  },
};
