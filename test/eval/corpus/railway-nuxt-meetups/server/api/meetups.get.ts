export default defineEventHandler(async () => {
  return await $fetch(`${process.env.EVENTS_API_URL}/meetups`);
});
