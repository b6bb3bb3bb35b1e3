/**
 * A large roster in the CSV form a school exports (`people.csv`, `channels.csv`, `school.yaml`
 * naming them), for the load bench (bench/load.mjs: how long it takes) and the load tests
 * (test/load/large-roster.test.ts: that it loads, with positions for the last row). One generator,
 * so both measure and check the same input.
 *
 * Even rows are students of 33 classes (1А … 11В), odd rows the parent of the student before them;
 * channel `i` has the `2i`-th student and the next parent as members. Deterministic.
 */
export interface LargeRosterOptions {
  /** Rows of people.csv; default 10 000. */
  people?: number;
  /** Rows of channels.csv; default 2 000. */
  channels?: number;
}

/** The three files, by name, as a memory file reader takes them. */
export function generateLargeRoster(options: LargeRosterOptions = {}): Record<string, string> {
  const peopleCount = options.people ?? 10_000;
  const channelCount = options.channels ?? 2_000;
  const people = [
    'ИД;ФИО;Роли;Класс;Родитель учеников;Профиль создан;Профиль защищён;Связь с ЭШ;Организация в ЭШ;Роль в ЭШ',
  ];
  for (let i = 0; i < peopleCount; i += 1) {
    const cls = `${(i % 11) + 1}${'АБВ'[i % 3]}`;
    people.push(
      i % 2 === 0
        ? `s-${i};Ученик ${i};ученик;${cls};;да;да;да;1000001;ученик`
        : `p-${i};Родитель ${i};родитель;;s-${i - 1};да;нет;да;1000001;родитель`,
    );
  }
  const channels = ['Название;Мессенджер;Тип;Назначение;Участники'];
  for (let i = 0; i < channelCount; i += 1)
    channels.push(`Чат ${i};Сферум;чат;учебный;s-${(i * 2) % peopleCount}, p-${(i * 2 + 1) % peopleCount}`);
  return {
    'school.yaml':
      'school: { name: Ш, region: Р, municipality: М }\npeople: { file: people.csv }\nchannels: { file: channels.csv }\n',
    'people.csv': people.join('\r\n'),
    'channels.csv': channels.join('\r\n'),
  };
}
