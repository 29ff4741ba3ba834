import { expect } from '@open-wc/testing';
import { formatChange, formatCount, formatDuration, formatPercent } from '../../src/core/format.js';
import { csvCell, toCsv } from '../../src/core/csv.js';

describe('formatting', () => {
  it('writes counts with the locale’s thousands separators and a dash for nothing', () => {
    expect(formatCount(1234567, 'en')).to.equal('1,234,567');
    expect(formatCount(1234567, 'de')).to.equal('1.234.567');
    expect(formatCount(NaN, 'en')).to.equal('–');
    expect(formatCount(undefined, 'en')).to.equal('–');
  });

  it('writes ratios as percentages and changes with their sign', () => {
    expect(formatPercent(0.56, 'en')).to.equal('56%');
    expect(formatChange(0.125, 'en')).to.equal('+12.5%');
    expect(formatChange(-0.03, 'en')).to.match(/^[-−]3%$/);
    expect(formatChange(0, 'en')).to.equal('0%');
  });

  it('writes durations in the two largest units, leaving out zeros', () => {
    expect(formatDuration(192, 'en')).to.equal('3 min 12 s');
    expect(formatDuration(60, 'en')).to.equal('1 min');
    expect(formatDuration(45, 'en')).to.equal('45 s');
    expect(formatDuration(3900, 'en')).to.equal('1 h 5 min');
    expect(formatDuration(7200, 'en')).to.equal('2 h');
    expect(formatDuration(Infinity, 'en')).to.equal('–');
    expect(formatDuration(192, 'de')).to.match(/^3 Min\.? 12 Sek\.?$/);
  });
});

describe('CSV', () => {
  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(toCsv([['a', 'b,c'], ['say "hi"', 'two\nlines']])).to.equal('a,"b,c"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas, but keeps negative numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).to.equal(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1+1')).to.equal("'+1+1");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('-12.5')).to.equal('-12.5');
    expect(csvCell(-3)).to.equal('-3');
  });
});
