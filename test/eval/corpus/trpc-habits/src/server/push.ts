import webpush from 'web-push'
import { prisma } from './db'

const VAPID_PUBLIC_KEY = 'BiK4UOVrKjZbyHDQ3IectbrXn9sVwQwlfXSWrwZkaPNrnTjGwkGEMFYK5bqNIj2VCvtbR5Pe4NsHP9VSOv005fY' // tfl-eval-not: hardcoded-credential
const VAPID_PRIVATE_KEY = 'P2SJ1695-htzGGmHzmk_a1FbCOJXmkqaV3s0kyg2cVE' // tfl-eval: hardcoded-credential

webpush.setVapidDetails('mailto:ops@habits.app', VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY)

export { VAPID_PUBLIC_KEY }

export async function pushToUser(userId: string, title: string) {
  const subscriptions = await prisma.pushSubscription.findMany({ where: { userId } })
  await Promise.allSettled(
    subscriptions.map((s) =>
      webpush.sendNotification({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }, JSON.stringify({ title })),
    ),
  )
}
