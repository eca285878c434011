import { type UserModel } from 'models/user' // tfl-eval-not: undeclared-dependency (erased: a type-only import)
import type { Request } from 'express'
import jwt from 'jsonwebtoken'

export const authorize = (user: UserModel) => jwt.sign({ id: user.id }, process.env.JWT_KEY as string)

export const tokenOf = (req: Request) => req.headers.authorization?.replace('Bearer ', '')
