import { parseJWT } from '@redwoodjs/api'
import { AuthenticationError, ForbiddenError } from '@redwoodjs/graphql-server'
import jwt from 'jsonwebtoken'

const WEBHOOK_SIGNING_KEY = process.env.WEBHOOK_SIGNING_KEY // tfl-eval-not: hardcoded-credential
const LEGACY_PORTAL_JWT_SECRET = '5dfMFT/wYFRKpAkPpP3V1GPd2ifp1RvBputGbK5fjnSu7Gvmhsn6C5hncziLOIkx' // tfl-eval: hardcoded-credential

export const getCurrentUser = async (decoded, { token }) => {
  if (decoded?.iss === 'legacy-portal') {
    return jwt.verify(token, LEGACY_PORTAL_JWT_SECRET) as { sub: string; roles: string[] }
  }
  return { ...decoded, roles: parseJWT({ decoded }).roles }
}

export const requireAuth = ({ roles }: { roles?: string[] } = {}) => {
  if (!context.currentUser) throw new AuthenticationError("You don't have permission to do that.")
  if (roles && !roles.some((role) => context.currentUser.roles?.includes(role))) throw new ForbiddenError("You don't have access to do that.")
}

export { WEBHOOK_SIGNING_KEY }
