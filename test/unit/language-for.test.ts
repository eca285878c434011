// The editor's door reads a file's language as the CLI's walk does (issue #9, round 26): a Spring bean file under a
// name the catalogue does not list (`mongo-context.xml`) is XML config by its `<beans>` root; another XML file is none.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import picomatch from 'picomatch';
import { DOCUMENT_SELECTOR } from '../../client/src/selector';
import { languageFor } from '../../server/src/workspace';

const BEANS = '<?xml version="1.0" encoding="UTF-8"?>\n<!-- wiring -->\n<beans xmlns="http://www.springframework.org/schema/beans">\n</beans>\n';
const LAYOUT = '<?xml version="1.0" encoding="utf-8"?>\n<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android"/>\n';

describe('languageFor: an unnamed Spring bean file in the editor', () => {
  it('reads a <beans> root as XML config, under any name', () => {
    assert.equal(languageFor('src/main/resources/spring/mongo-context.xml', 'xml', BEANS), 'xml');
    assert.equal(languageFor('src/main/resources/mongo-connection.xml', 'xml', BEANS), 'xml');
  });

  it('leaves another XML file alone, and decides by name first', () => {
    assert.equal(languageFor('app/src/main/res/layout/activity_login.xml', 'xml', LAYOUT), undefined);
    assert.equal(languageFor('src/main/resources/mongo-connection.xml', 'xml'), undefined);
    assert.equal(languageFor('pom.xml', 'xml', LAYOUT), 'xml');
  });

  it("the client's selector hands any XML file over for its start to be read", () => {
    const patterns = DOCUMENT_SELECTOR.map((filter) => (filter as { pattern?: string }).pattern).filter((pattern): pattern is string => pattern !== undefined);
    assert.ok(patterns.some((glob) => picomatch.isMatch('src/main/resources/mongo-connection.xml', glob, { dot: true })));
  });
});
