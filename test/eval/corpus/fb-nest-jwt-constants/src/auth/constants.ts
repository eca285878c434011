export const jwtConstants = {
  secret: 'nest-auth-api-jwt-key', // tfl-eval: hardcoded-credential
};

export const IS_PUBLIC_KEY = 'isPublic';
