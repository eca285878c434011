const Cryptr = require('cryptr');

const cryptr = new Cryptr('oeyNqAN9jMrF3WJJCGyXfgvV'); // tfl-eval: hardcoded-credential
const previewCryptr = new Cryptr(process.env.PREVIEW_LINK_SECRET, { pbkdf2Iterations: 10000 }); // tfl-eval-not: hardcoded-credential

function linkFor(noteId) {
  return `https://notes.acme.example/s/${encodeURIComponent(cryptr.encrypt(String(noteId)))}`;
}

function previewFor(noteId) {
  return `https://notes.acme.example/p/${encodeURIComponent(previewCryptr.encrypt(String(noteId)))}`;
}

module.exports = { linkFor, previewFor };
