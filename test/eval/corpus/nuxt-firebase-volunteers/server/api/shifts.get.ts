import { db } from '../utils/firebase'

const [reportsUser, reportsPassword] = ['reports', 'Hr5Yd2Jk8Pw4GsVn'] // tfl-eval: hardcoded-credential

export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig(event)
  const snapshot = await db.collection('shifts').where('open', '==', true).get()
  await $fetch('https://reports.example.org/ingest', {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(`${reportsUser}:${reportsPassword}`)}` },
    body: { count: snapshot.size, site: config.public.siteUrl },
  })
  return snapshot.docs.map((doc) => ({ id: doc.id, ...doc.data() }))
})
