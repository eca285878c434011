export default defineCachedEventHandler(async (event) => {
  const { airtable } = useRuntimeConfig(event)
  const records = await $fetch<{ records: { fields: Record<string, unknown> }[] }>(`https://api.airtable.com/v0/${airtable.baseId}/Trails`, {
    headers: { Authorization: `Bearer ${airtable.token}` },
  })
  return records.records.map((r) => r.fields)
}, { maxAge: 600 })
