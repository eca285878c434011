export const jwtSecret = process.env.JWT_SECRET as string;
export const jwtAlgorithm = 'HS256';
export const tokenIssuer = 'orders.example.com';
