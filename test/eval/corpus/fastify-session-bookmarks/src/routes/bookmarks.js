'use strict'

const { Bookmark } = require('../models')

const SORTS = { newest: [['createdAt', 'DESC']], title: [['title', 'ASC']] } // tfl-eval-not: memory-session-store

module.exports = async function (app) {
  app.get('/', async (request) => {
    const ownerId = request.session.get('userId')
    return Bookmark.findAll({ where: { ownerId }, order: SORTS[request.query.sort] || SORTS.newest })
  })

  app.post('/', async (request, reply) => {
    const bookmark = await Bookmark.create({ ...request.body, ownerId: request.session.get('userId') })
    reply.code(201)
    return bookmark
  })
}
