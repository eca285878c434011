import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { sequelize } from '../models';

const users = yaml.load(readFileSync('data/static/users.yml', 'utf8')) as { email: string; password: string }[];

export default async function datacreator() {
  for (const user of users) await sequelize.models.User.create(user);
  await sequelize.models.User.create({ email: 'support@goat.shop', password: 'J6aVjTgOpRs@?5l!Zkq2AYnCE@RF$P' }); // tfl-eval: hardcoded-credential
  await sequelize.models.User.create({ email: 'amy@goat.shop', password: 'K1f.....................' }); // tfl-eval-not: hardcoded-credential
}
