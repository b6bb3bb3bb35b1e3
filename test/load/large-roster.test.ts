import { describe, expect, it } from 'vitest';
import { createMemoryFileReader, loadSchool } from '../../src/index.js';

describe('large rosters', () => {
  it('loads a 10 000-row roster and a 2 000-row inventory, with positions for the last row', async () => {
    const people = [
      'ИД;ФИО;Роли;Класс;Родитель учеников;Профиль создан;Профиль защищён;Связь с ЭШ;Организация в ЭШ;Роль в ЭШ',
    ];
    for (let i = 0; i < 10_000; i += 1) {
      const cls = `${(i % 11) + 1}${'АБВ'[i % 3]}`;
      people.push(
        i % 2 === 0
          ? `s-${i};Ученик ${i};ученик;${cls};;да;да;да;1000001;ученик`
          : `p-${i};Родитель ${i};родитель;;s-${i - 1};да;нет;да;1000001;родитель`,
      );
    }
    const channels = ['Название;Мессенджер;Тип;Назначение;Участники'];
    for (let i = 0; i < 2_000; i += 1)
      channels.push(`Чат ${i};Сферум;чат;учебный;s-${(i * 2) % 10_000}, p-${(i * 2 + 1) % 10_000}`);
    const reader = createMemoryFileReader({
      'school.yaml':
        'school: { name: Ш, region: Р, municipality: М }\npeople: { file: people.csv }\nchannels: { file: channels.csv }\n',
      'people.csv': people.join('\r\n'),
      'channels.csv': channels.join('\r\n'),
    });
    const r = await loadSchool('school.yaml', reader);
    expect(r.diagnostics).toEqual([]);
    expect(r.counts).toMatchObject({ people: 10_000, channels: 2_000, classes: 33 });
    expect(r.input?.sources?.locate('/people/9999/parentOf/0')).toEqual({
      file: 'people.csv',
      line: 10_001,
      column: 32,
    });
    // How long this takes is measured by `npm run bench` (bench/load.mjs), not asserted here.
  });
});
