import { Worker, Queue } from 'bullmq'
import IORedis from 'ioredis'
import webpush from 'web-push'
import { Expo } from 'expo-server-sdk'

const connection = new IORedis(process.env.REDIS_URL ?? 'redis://localhost:6379', { maxRetriesPerRequest: null })
export const pushQueue = new Queue('push', { connection })

const expo = new Expo({ accessToken: 'lxbZ3jXiVaAv_q3hkUnzN4ZYFMH8yf1JQ92AbETx' }) // tfl-eval: hardcoded-credential
const ONE_SIGNAL = { appId: 'bbf477a9-0792-2506-b3eb-6b3a3d8a2e2a', restKey: 'os_v2_app_p2fzaqwofvht9vzcshk5x2zz3l9drud3wwmlymvqq7ufd0ksyq742din2ht0x917i57a3kuhakptw1fo7o8n5n1vhx445mehomew' } // tfl-eval: hardcoded-credential

webpush.setVapidDetails('mailto:push@runclub.app', process.env.VAPID_PUBLIC_KEY!, process.env.VAPID_PRIVATE_KEY!)

const worker = new Worker(
  'push',
  async (job) => {
    if (job.name === 'expo') {
      const chunks = expo.chunkPushNotifications(job.data.messages)
      for (const chunk of chunks) await expo.sendPushNotificationsAsync(chunk)
    } else if (job.name === 'onesignal') {
      await fetch('https://api.onesignal.com/notifications', {
        method: 'POST',
        headers: { Authorization: `Key ${ONE_SIGNAL.restKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ app_id: ONE_SIGNAL.appId, include_aliases: { external_id: job.data.users }, contents: { en: job.data.text } }),
      })
    }
  },
  { connection, concurrency: 20 },
)

process.on('SIGTERM', async () => {
  await worker.close()
  process.exit(0)
})
