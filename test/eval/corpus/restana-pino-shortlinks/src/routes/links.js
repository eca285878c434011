'use strict'

const { nanoid } = require('nanoid')
const { access } = require('../lib/log')

const RESERVED = new Set(['api', 'admin', 'login', 'static']) // tfl-eval-not: memory-session-store

exports.register = (service, knex) => {
  service.post('/links', async (req, res) => {
    const slug = req.body.slug && !RESERVED.has(req.body.slug) ? req.body.slug : nanoid(7)
    await knex('links').insert({ slug, target: req.body.target })
    res.send({ slug }, 201)
  })

  service.get('/:slug', async (req, res) => {
    const link = await knex('links').where({ slug: req.params.slug }).first()
    if (!link) return res.send(404)
    access.info({ slug: link.slug })
    await knex('links').where({ slug: link.slug }).increment('hits', 1)
    res.setHeader('location', link.target)
    res.send(302)
  })
}
