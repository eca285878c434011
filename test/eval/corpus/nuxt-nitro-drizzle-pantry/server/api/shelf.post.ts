const SHELF_LABELS = { dry: "Dry goods", cold: "Fridge", frozen: "Freezer" }; // tfl-eval-not: memory-session-store

export default defineEventHandler(async (event) => {
  const session = await useSession(event, { password: useRuntimeConfig().sessionPassword }); // tfl-eval-not: memory-session-store
  const body = await readBody<{ shelf: keyof typeof SHELF_LABELS; item: string }>(event);
  await session.update({ lastShelf: body.shelf });
  return { shelf: SHELF_LABELS[body.shelf], item: body.item };
});
