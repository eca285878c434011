import { Router } from 'express'
import { type UserModel, type initUser } from 'models/user' // tfl-eval-not: undeclared-dependency (every name type-only)
import { authorize } from '../lib/security'

export { type UserModel as Profile } from 'models/user' // tfl-eval-not: undeclared-dependency (type-only re-export)

export const profile = Router()
profile.get('/me', (_req, res) => res.json({ token: authorize({ id: 1 } as UserModel) }))
export type Init = typeof initUser
