import { htmlToText } from './html';
import { titleRuns } from './title-markup';

describe('titleRuns', () => {
  it('is null for a title without inline markup, entities and all', () => {
    expect(titleRuns('Foo &amp;amp; Bar &#8220;quoted&#8221;')).toBeNull();
    expect(htmlToText('Foo &amp;amp; Bar &#8220;quoted&#8221;')).toBe('Foo &amp; Bar \u201Cquoted\u201D');
  });

  it('keeps em, strong, code, sup and sub, reading i and b as em and strong', () => {
    expect(titleRuns('H<sub>2</sub>O and <i>x</i><sup>2</sup> in <code>npm&nbsp;ci</code>, <b>bold</b>')).toEqual([
      { text: 'H', marks: [] },
      { text: '2', marks: ['sub'] },
      { text: 'O and ', marks: [] },
      { text: 'x', marks: ['em'] },
      { text: '2', marks: ['sup'] },
      { text: ' in ', marks: [] },
      { text: 'npm ci', marks: ['code'] },
      { text: ', ', marks: [] },
      { text: 'bold', marks: ['strong'] },
    ]);
  });

  it('nests marks outermost first and decodes entities exactly once', () => {
    expect(titleRuns('<em>Tom <strong>&amp;amp;</strong></em> Jerry')).toEqual([
      { text: 'Tom ', marks: ['em'] },
      { text: '&amp;', marks: ['em', 'strong'] },
      { text: ' Jerry', marks: [] },
    ]);
  });

  it('drops every other element but keeps its text, and never its script', () => {
    const hostile = '<em onmouseover="alert(1)">Hi</em> <a href="javascript:alert(1)">there</a><script>alert(2)</script><img src=x onerror=alert(3)>';
    const runs = titleRuns(hostile);
    expect(runs).toEqual([
      { text: 'Hi', marks: ['em'] },
      { text: ' there', marks: [] },
    ]);
    expect(runs?.map((run) => run.text).join('')).toBe(htmlToText(hostile));
  });

  it('collapses whitespace as the plain text does', () => {
    const html = '  <em> Spaced </em>   out  ';
    expect(titleRuns(html)?.map((run) => run.text).join('')).toBe(htmlToText(html));
  });
});
