User.create!(email: 'admin@forum.dev', password: 'Forum-Admin-2024', role: :admin)
User.create!(email: 'mod@forum.dev', password: 'Mod3rator!', role: :moderator)
