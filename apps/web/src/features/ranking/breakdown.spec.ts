import { bandThresholds, explanationLines } from './breakdown';

const line = (id: string, parentId: string | null) => ({
  kind: 'criterion' as const,
  id,
  title: `Tiêu chí ${id}`,
  parentId,
  max: '10',
  result: '5',
  note: '',
});

describe('ranking breakdown', () => {
  it('gives each line its depth in the criteria tree', () => {
    const lines = explanationLines({
      lines: [line('1', null), line('1.1', '1'), line('1.1.a', '1.1'), line('2', null)],
    });
    expect(lines.map((l) => [l.id, l.depth])).toEqual([
      ['1', 0],
      ['1.1', 1],
      ['1.1.a', 2],
      ['2', 0],
    ]);
  });

  it('reads no lines from a breakdown without them', () => {
    expect(explanationLines(null)).toEqual([]);
    expect(explanationLines({ summary: 'x' })).toEqual([]);
  });

  it('takes the bands above zero as thresholds, min or gt', () => {
    const bands = [
      { label: 'Xuất sắc', min: 95 },
      { label: 'Tốt', gt: 85 },
      { label: 'Trung bình', min: 0 },
    ];
    expect(bandThresholds({ bands })).toEqual([
      { band: 'Xuất sắc', points: '95', strict: false },
      { band: 'Tốt', points: '85', strict: true },
    ]);
    expect(bandThresholds(undefined)).toEqual([]);
  });
});
