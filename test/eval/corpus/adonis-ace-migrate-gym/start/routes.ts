import Route from '@ioc:Adonis/Core/Route'

const CLASS_TYPES = ['spin', 'yoga', 'hiit'] // tfl-eval-not: memory-session-store

Route.post('/bookings', async ({ request, session }) => {
  session.put('lastClass', request.input('classType'))
  return { ok: CLASS_TYPES.includes(request.input('classType')) }
})
