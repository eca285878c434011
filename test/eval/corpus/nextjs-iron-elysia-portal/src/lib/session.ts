import type { SessionOptions } from 'iron-session';

export const sessionOptions: SessionOptions = {
  password: 'OpDJoz9gfKyjmZMv3nbQwlLnc0EHJalA', // tfl-eval: hardcoded-credential
  cookieName: 'member_portal_session',
  cookieOptions: { secure: process.env.NODE_ENV === 'production' },
};

export const previewSessionOptions: SessionOptions = {
  password: process.env.PREVIEW_SESSION_PASSWORD as string, // tfl-eval-not: hardcoded-credential
  cookieName: 'member_portal_preview',
};

export const passwordHint = 'Use at least 12 characters'; // tfl-eval-not: hardcoded-credential
