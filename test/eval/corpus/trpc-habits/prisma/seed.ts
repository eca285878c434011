import { PrismaClient } from '@prisma/client'
import bcrypt from 'bcryptjs'

const prisma = new PrismaClient()

async function main() {
  const demoPassword = 'habits-demo-2024' // tfl-eval-not: hardcoded-credential
  await prisma.user.upsert({
    where: { email: 'demo@habits.app' },
    update: {},
    create: {
      email: 'demo@habits.app',
      passwordHash: await bcrypt.hash(demoPassword, 12),
      habits: { create: [{ name: 'Read 20 pages' }, { name: 'Walk 8k steps' }] },
    },
  })
  await prisma.user.upsert({
    where: { email: 'coach@habits.app' },
    update: {},
    create: { email: 'coach@habits.app', passwordHash: '$2a$12$xZWSgWXxNldkI6ihPcVISjM60vCvL8eVfhWwbH4F6iXKLgebN0uHQ' }, // tfl-eval-not: hardcoded-credential
  })
}

main().finally(() => prisma.$disconnect())
