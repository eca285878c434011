// A command behind a variable the script set: read as the value's words, never as a fix target.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scriptCommands } from '../../server/src/engine/commands/script';
import { MappedText } from '../../server/src/engine/languages/mapped-text';

const commands = (script: string) => scriptCommands(MappedText.contiguous(script, 0));

describe('shell variables at a command position', () => {
  it('reads ${NAME} and $NAME as the words of the literal the script set before', () => {
    const found = commands('A="php /srv/artisan"\n${A} migrate --force\nPY=/opt/venv/bin/python\n$PY manage.py migrate\n');
    assert.deepEqual(found.map((command) => command.texts), [['A=php /srv/artisan'], ['php', '/srv/artisan', 'migrate', '--force'], ['PY=/opt/venv/bin/python'], ['/opt/venv/bin/python', 'manage.py', 'migrate']]);
    assert.equal(found[1]!.nested, true, 'words that are not the source are no fix target');
    assert.deepEqual(found[1]!.words[0]!.text.whole, { start: 21, end: 25 }, 'the expanded words point at the variable');
  });

  it('leaves a quoted use, a value that expands again, an argument and a later reassignment alone', () => {
    const found = commands('C="npx knex migrate:latest"\n"$C"\necho $C\nD="$(which npx) knex"\n$D migrate\nC=\n$C\n');
    assert.deepEqual(found.map((command) => command.texts[0]), ['C=npx knex migrate:latest', '$C', 'echo', 'D=$(which npx) knex', '$D', 'C=', '$C']);
  });
});
