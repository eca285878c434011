#!/usr/bin/env node
// Prints a session secret to paste into the platform's config (SESSION_SECRET).
const crypto = require('crypto');

const secret = crypto.randomBytes(48).toString('base64url'); // tfl-eval-not: per-process-secret
console.log(`SESSION_SECRET=${secret}`);
