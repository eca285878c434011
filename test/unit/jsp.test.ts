// A JavaServer Page's Java is its scripting elements in place: the same length as the page, the Java
// where it stands, a `;` where an expression closes, everything else blank (line breaks kept).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { jspJava } from '../../server/src/engine/languages/jsp';

const PIECES = ['<%', '<%!', '<%=', '<%@', '<%--', '--%>', '%>', '<jsp:scriptlet>', '</jsp:scriptlet>', '<jsp:expression>', '</jsp:expression>', '\n', '\r\n', 'int a = 1;', '<p>', '${x}', ' ', '<', '%', '"'];

describe('jspJava', () => {
  it('keeps the length and the line breaks, and only copies a character, blanks it, or puts a ; where an expression closes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join('')), (text) => {
        const java = jspJava(text);
        assert.equal(java.length, text.length);
        for (let at = 0; at < text.length; at++) {
          const char = java[at];
          const blanked = char === ' ' && text[at] !== '\n' && text[at] !== '\r';
          const separator = char === ';' && (text[at] === '%' || text[at] === '<');
          assert.ok(char === text[at] || blanked || separator, JSON.stringify({ text, at }));
        }
      }),
    );
  });

  it('reads scriptlets, declarations, expressions and their XML forms; not markup, directives, comments or EL', () => {
    const page = '<%@ page import="java.sql.*" %><%-- int old = 1; --%>\n<% int a = 1; %><p>${a}</p><%= a + 1 %><%! static int b; %>\n<jsp:scriptlet>int c = 2;</jsp:scriptlet>';
    assert.deepEqual(jspJava(page).split(/\s+/).filter(Boolean), ['int', 'a', '=', '1;', 'a', '+', '1', ';', 'static', 'int', 'b;', 'int', 'c', '=', '2;']);
  });

  it('stops a scriptlet at its first %> and reads a page that never closes one to its end', () => {
    assert.equal(jspJava('<% String s = "50%"; %>x<% int y = 2;').replace(/ +/g, ' ').trim(), 'String s = "50%"; int y = 2;');
  });
});
