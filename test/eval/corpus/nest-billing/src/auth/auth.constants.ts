export const jwtConstants = {
  secret: 'DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET AND KEEP IT SAFE OUTSIDE OF THE SOURCE CODE.', // tfl-eval: hardcoded-credential
};

export const PASSWORD_MIN_LENGTH = 12; // tfl-eval-not: hardcoded-credential
export const RESET_PASSWORD_ROUTE = 'auth/reset-password'; // tfl-eval-not: hardcoded-credential
