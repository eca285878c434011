import { config } from 'dotenv';

config();

export const PORT = Number(process.env.PORT ?? 4000);
export const JWT_SECRET = process.env.JWT as string;
export const JWT_EXPIRES = process.env.JWT_EXPIRES ?? '1d';
