import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const JWT_SECRET = process.env.JWT_SECRET ?? '';
const PASSWORD_MIN_LENGTH = 12;
const TOKEN_TTL = '15m';

export const resolvers = {
  Mutation: {
    async signUp(_: unknown, { input }: { input: { email: string; password: string; passwordConfirmation: string } }) {
      if (input.password !== input.passwordConfirmation) throw new Error('Passwords do not match');
      if (input.password.length < PASSWORD_MIN_LENGTH) throw new Error('password too short');
      const passwordHash = await bcrypt.hash(input.password, 12);
      const user = await prisma.user.create({ data: { email: input.email, passwordHash } });
      return { token: jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: TOKEN_TTL }), refreshToken: '', user };
    },
    async login(_: unknown, { input }: { input: { email: string; password: string } }) {
      const user = await prisma.user.findUnique({ where: { email: input.email } });
      if (!user || !(await bcrypt.compare(input.password, user.passwordHash))) throw new Error('Invalid email or password');
      return { token: jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: TOKEN_TTL }), refreshToken: '', user };
    },
  },
  Query: {
    me: (_: unknown, __: unknown, ctx: { userId?: string }) => (ctx.userId ? prisma.user.findUnique({ where: { id: ctx.userId } }) : null),
    apiKeyHint: () => 'Create an API key under Settings > Developer',
  },
};

export const typeDefsQuery = /* GraphQL */ `
  mutation Login($email: String!, $password: String!) {
    login(input: { email: $email, password: $password }) { token }
  }
`;
