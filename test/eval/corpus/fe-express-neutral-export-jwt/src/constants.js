export const APP_NAME = 'kanban';
export const TOKEN_TTL = '7d';
export const SIGNER = 'p4Nz8Qc2Lw7Xr5Tb'; // tfl-eval: hardcoded-credential
