import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultRegistry, normalizePlatform } from '../../src/messengers/index.js';
import type { MessengerStatus, PlatformMatch } from '../../src/messengers/types.js';

const registry = defaultRegistry();

type Row = [
  platform: string,
  link: string | undefined,
  id: string | null,
  status: MessengerStatus,
  by: PlatformMatch['matchedBy'],
];

// Real-world spellings from school channel inventories, and the links people paste.
const rows: Row[] = [
  // WhatsApp
  ['WhatsApp', undefined, 'whatsapp', 'prohibited', 'id'],
  ['whatsapp', undefined, 'whatsapp', 'prohibited', 'id'],
  ['WHATSAPP', undefined, 'whatsapp', 'prohibited', 'id'],
  ['WhatsАpp', undefined, 'whatsapp', 'prohibited', 'alias'], // Cyrillic А
  ['Whats App', undefined, 'whatsapp', 'prohibited', 'alias'],
  ['Whats-App', undefined, 'whatsapp', 'prohibited', 'alias'],
  ["What's App", undefined, 'whatsapp', 'prohibited', 'alias'],
  ['whatsup', undefined, 'whatsapp', 'prohibited', 'alias'],
  ['Watsapp', undefined, 'whatsapp', 'prohibited', 'alias'],
  ['WA', undefined, 'whatsapp', 'prohibited', 'alias'],
  ['ватсап', undefined, 'whatsapp', 'prohibited', 'alias'],
  ['Ватсапп', undefined, 'whatsapp', 'prohibited', 'alias'],
  ['вотсап', undefined, 'whatsapp', 'prohibited', 'alias'],
  ['Вотсапп', undefined, 'whatsapp', 'prohibited', 'alias'],
  ['ВАЦАП', undefined, 'whatsapp', 'prohibited', 'alias'],
  ['вотс ап', undefined, 'whatsapp', 'prohibited', 'alias'],
  ['вц', undefined, 'whatsapp', 'prohibited', 'alias'],
  ['чат в вотсапе', undefined, 'whatsapp', 'prohibited', 'alias'],
  ['группа WhatsApp 5А', undefined, 'whatsapp', 'prohibited', 'alias'],
  ['родительский чат (ватсап)', undefined, 'whatsapp', 'prohibited', 'alias'],
  ['WhatsAppом', undefined, 'whatsapp', 'prohibited', 'alias'], // Cyrillic case ending
  ['Whats\u200bApp', undefined, 'whatsapp', 'prohibited', 'alias'], // zero-width space inside
  ['ＷｈａｔｓＡｐｐ', undefined, 'whatsapp', 'prohibited', 'alias'], // full-width letters
  ['https://chat.whatsapp.com/Ab12Cd34Ef56Gh', undefined, 'whatsapp', 'prohibited', 'link'],
  ['wa.me/79001234567', undefined, 'whatsapp', 'prohibited', 'link'],
  ['https://api.whatsapp.com/send?phone=79001234567', undefined, 'whatsapp', 'prohibited', 'link'],
  ['whatsapp://send?phone=79001234567', undefined, 'whatsapp', 'prohibited', 'link'],
  ['чат класса', 'https://chat.whatsapp.com/Ab12', 'whatsapp', 'prohibited', 'link'],
  // Telegram
  ['Telegram', undefined, 'telegram', 'prohibited', 'id'],
  ['телеграм', undefined, 'telegram', 'prohibited', 'alias'],
  ['Телеграмм', undefined, 'telegram', 'prohibited', 'alias'],
  ['ТЕЛЕГА', undefined, 'telegram', 'prohibited', 'alias'],
  ['чат в телеге', undefined, 'telegram', 'prohibited', 'alias'],
  ['в телеграмме', undefined, 'telegram', 'prohibited', 'alias'],
  ['тг', undefined, 'telegram', 'prohibited', 'alias'],
  ['TG', undefined, 'telegram', 'prohibited', 'alias'],
  ['тг-канал', undefined, 'telegram', 'prohibited', 'alias'],
  ['ТГК школы', undefined, 'telegram', 'prohibited', 'alias'],
  ['телеграмчик', undefined, 'telegram', 'prohibited', 'alias'],
  ['Telegram (канал класса)', undefined, 'telegram', 'prohibited', 'alias'],
  ['Telegram: канал 7Б', undefined, 'telegram', 'prohibited', 'alias'],
  ['Telegram.Канал', undefined, 'telegram', 'prohibited', 'alias'], // not a host: «канал» is no TLD
  ['тeлеграм', undefined, 'telegram', 'prohibited', 'alias'], // Latin e
  ['Тelegram', undefined, 'telegram', 'prohibited', 'alias'], // Cyrillic Т
  ['Теле грам', undefined, 'telegram', 'prohibited', 'alias'],
  ['https://t.me/+AbCdEf123', undefined, 'telegram', 'prohibited', 'link'],
  ['t.me/joinchat/AAAAAEr2xyz', undefined, 'telegram', 'prohibited', 'link'],
  ['https://T.ME/school72_news', undefined, 'telegram', 'prohibited', 'link'],
  ['www.t.me/school72', undefined, 'telegram', 'prohibited', 'link'],
  ['tg://join?invite=AbCdEf', undefined, 'telegram', 'prohibited', 'link'],
  ['https://telegram.me/school72', undefined, 'telegram', 'prohibited', 'link'],
  ['https://web.telegram.org/k/#-100123', undefined, 'telegram', 'prohibited', 'link'],
  ['Канал новостей', 't.me/s/school72', 'telegram', 'prohibited', 'link'],
  // Viber, Discord, Skype, Teams, WeChat, Snapchat, Threema
  ['Viber', undefined, 'viber', 'prohibited', 'id'],
  ['вайбер', undefined, 'viber', 'prohibited', 'alias'],
  ['Вибер', undefined, 'viber', 'prohibited', 'alias'],
  ['в Viberе', undefined, 'viber', 'prohibited', 'alias'],
  ['Вайбер-эксперт', undefined, 'viber', 'prohibited', 'alias'], // a compound still names Viber
  ['viber://chat?number=%2B79001234567', undefined, 'viber', 'prohibited', 'link'],
  ['https://invite.viber.com/?g2=AQBx1', undefined, 'viber', 'prohibited', 'link'],
  ['Дискорд', undefined, 'discord', 'prohibited', 'alias'],
  ['сервер в дискорде', undefined, 'discord', 'prohibited', 'alias'],
  ['дис', undefined, 'discord', 'prohibited', 'alias'],
  ['https://discord.gg/abc', undefined, 'discord', 'prohibited', 'link'],
  ['https://discord.com/invite/abc', undefined, 'discord', 'prohibited', 'link'],
  ['Скайп', undefined, 'skype', 'prohibited', 'alias'],
  ['по скайпу', undefined, 'skype', 'prohibited', 'alias'],
  ['https://join.skype.com/AbCdEf', undefined, 'skype', 'prohibited', 'link'],
  ['skype:live:ivanov?chat', undefined, 'skype', 'prohibited', 'link'],
  ['Тимс', undefined, 'ms-teams', 'prohibited', 'alias'],
  ['MS Teams', undefined, 'ms-teams', 'prohibited', 'alias'],
  ['майкрософт тимс', undefined, 'ms-teams', 'prohibited', 'alias'],
  ['https://teams.microsoft.com/l/meetup-join/19%3a', undefined, 'ms-teams', 'prohibited', 'link'],
  ['https://teams.live.com/meet/123', undefined, 'ms-teams', 'prohibited', 'link'],
  ['msteams:/l/meetup-join/19', undefined, 'ms-teams', 'prohibited', 'link'],
  ['вичат', undefined, 'wechat', 'prohibited', 'alias'],
  ['Вейчат', undefined, 'wechat', 'prohibited', 'alias'],
  ['weixin', undefined, 'wechat', 'prohibited', 'alias'],
  ['https://u.wechat.com/abc', undefined, 'wechat', 'prohibited', 'link'],
  ['weixin://dl/chat', undefined, 'wechat', 'prohibited', 'link'],
  ['снэпчат', undefined, 'snapchat', 'prohibited', 'alias'],
  ['Снапчат', undefined, 'snapchat', 'prohibited', 'alias'],
  ['https://www.snapchat.com/add/school72', undefined, 'snapchat', 'prohibited', 'link'],
  ['Трима', undefined, 'threema', 'prohibited', 'alias'],
  ['https://threema.id/ABCD1234', undefined, 'threema', 'prohibited', 'link'],
  // the educational platform
  ['Сферум', undefined, 'sferum', 'educational', 'alias'],
  ['sferum', undefined, 'sferum', 'educational', 'id'],
  ['ИКОП «Сферум»', undefined, 'sferum', 'educational', 'alias'],
  ['чат в Сферуме', undefined, 'sferum', 'educational', 'alias'],
  ['Сфeрум', undefined, 'sferum', 'educational', 'alias'], // Latin e
  ['https://sferum.ru/?p=messages&join=AbCdEf', undefined, 'sferum', 'educational', 'link'],
  ['Учебный профиль VK Мессенджер', undefined, 'vk-messenger-edu', 'educational', 'alias'],
  ['VK Мессенджер (учебный профиль)', undefined, 'vk-messenger-edu', 'educational', 'alias'],
  ['ВК мессенджер учебный', undefined, 'vk-messenger-edu', 'educational', 'alias'],
  ['учебный профиль в ВК Мессенджере', undefined, 'vk-messenger-edu', 'educational', 'alias'],
  ['чат в учебном профиле', undefined, 'vk-messenger-edu', 'educational', 'alias'],
  // allowed, not educational
  ['ВК', undefined, 'vk', 'allowed', 'alias'],
  ['вконтакте', undefined, 'vk', 'allowed', 'alias'],
  ['В Контакте', undefined, 'vk', 'allowed', 'alias'],
  ['VK Мессенджер', undefined, 'vk', 'allowed', 'alias'], // no qualifier: a personal profile
  ['ВК мессенджер', undefined, 'vk', 'allowed', 'alias'],
  ['https://vk.me/join/AbCdEf', undefined, 'vk', 'allowed', 'link'], // proves VK, not the profile
  ['https://vk.com/club123', undefined, 'vk', 'allowed', 'link'],
  ['https://web.vk.me/convo/2000000001', undefined, 'vk', 'allowed', 'link'], // web client of both profiles
  ['MAX', undefined, 'max', 'allowed', 'id'],
  ['Мессенджер Макс', undefined, 'max', 'allowed', 'alias'],
  ['МАХ', undefined, 'max', 'allowed', 'alias'], // typed in Cyrillic
  ['https://max.ru/join/abc', undefined, 'max', 'allowed', 'link'],
  ['Электронная школа', undefined, 'eschool', 'allowed', 'alias'],
  ['сообщения в электронной школе', undefined, 'eschool', 'allowed', 'alias'],
  ['ЭШ', undefined, 'eschool', 'allowed', 'alias'],
  ['Дневник.ру', undefined, 'eschool', 'allowed', 'alias'],
  ['https://dnevnik.ru/messenger', undefined, 'eschool', 'allowed', 'link'],
  ['e-mail', undefined, 'email', 'allowed', 'alias'],
  ['по электронной почте', undefined, 'email', 'allowed', 'alias'],
  ['klass5a@school72.ru', undefined, 'email', 'allowed', 'link'],
  ['mailto:klass5a@school72.ru', undefined, 'email', 'allowed', 'link'],
  ['по телефону', undefined, 'phone', 'allowed', 'alias'],
  ['СМС', undefined, 'phone', 'allowed', 'alias'],
  ['tel:+79001234567', undefined, 'phone', 'allowed', 'link'],
  ['Очно', undefined, 'in-person', 'allowed', 'alias'],
  ['родительское собрание в школе', undefined, 'in-person', 'allowed', 'alias'],
  // recognised, but neither listed nor allowed: a human decides
  ['Zoom', undefined, 'zoom', 'unknown', 'id'],
  ['собрание в зуме', undefined, 'zoom', 'unknown', 'alias'],
  ['Signal', undefined, 'signal', 'unknown', 'id'],
  ['https://instagram.com/direct/t/123', undefined, 'instagram-direct', 'unknown', 'link'],
  // several services: the prohibited one wins; link vs text
  ['Сферум, дубль в WhatsApp', undefined, 'whatsapp', 'prohibited', 'alias'],
  ['Сферум + телега', undefined, 'telegram', 'prohibited', 'alias'],
  ['Сферум', 'https://t.me/+abc', 'telegram', 'prohibited', 'link'],
  ['WhatsApp', 'https://sferum.ru/?p=messages&join=1', 'whatsapp', 'prohibited', 'id'],
  ['Сферум', 'https://vk.me/join/abc', 'sferum', 'educational', 'alias'], // same family: text refines
  ['ВК', 'https://sferum.ru/?p=messages&join=1', 'sferum', 'educational', 'link'],
  ['Сферум', 'https://max.ru/join/abc', 'sferum-max', 'educational', 'context'], // Sferum named next to a MAX link: Sferum in MAX
  ['Сферум, объявления дублируются по e-mail', undefined, 'sferum', 'educational', 'alias'],
  // lookalikes and non-messengers: never prohibited, never guessed
  ['https://school72.ru/news/telegram-bot-ban', undefined, null, 'unknown', 'none'],
  ['https://example.org/?utm_source=whatsapp', undefined, null, 'unknown', 'none'],
  ['telegram.org.example.com', undefined, null, 'unknown', 'none'],
  ['https://telegram.org.example.com/join', undefined, null, 'unknown', 'none'],
  ['notwhatsapp.com', undefined, null, 'unknown', 'none'],
  ['https://nottelegram.com/t.me', undefined, null, 'unknown', 'none'],
  ['https://t.me.evil.example/abc', undefined, null, 'unknown', 'none'],
  ['https://instagram.com/school72', undefined, null, 'unknown', 'none'], // a profile, not Direct
  ['https://prof-sferum.ru/courses', undefined, null, 'unknown', 'none'], // teachers' courses, not a chat
  ['всё одним махом', undefined, null, 'unknown', 'none'],
  ['телеграмма директору', undefined, null, 'unknown', 'none'], // a paper telegram
  ['отправлено телеграммой', undefined, null, 'unknown', 'none'],
  ['сайт школы', 'https://school72.ru/whatsapp-rules', null, 'unknown', 'none'],
  ['', undefined, null, 'unknown', 'none'],
  ['   ', undefined, null, 'unknown', 'none'],
  ['другое', undefined, null, 'unknown', 'none'],
  ['—', undefined, null, 'unknown', 'none'],
  ['-', undefined, null, 'unknown', 'none'],
  ['н/д', undefined, null, 'unknown', 'none'],
  ['т. г.', undefined, null, 'unknown', 'none'], // «текущий год», not «тг»
  ['Сигнал', undefined, null, 'unknown', 'none'], // the Russian word, not Signal
  ['+7 900 123-45-67', undefined, null, 'unknown', 'none'], // a number says nothing about the app
];

describe('normalizePlatform: real-world spellings and links', () => {
  it('has a large table', () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
  });

  it.each(rows)('%j (link %j) → %s / %s by %s', (platform, link, id, status, by) => {
    const m = normalizePlatform(platform, link, registry);
    expect(m.entry?.id ?? null).toBe(id);
    expect(m.status).toBe(status);
    expect(m.matchedBy).toBe(by);
    expect(m.input).toBe(platform);
  });
});

describe('normalizePlatform: details', () => {
  it('reports the other services the text named', () => {
    const m = normalizePlatform('Сферум, дубль в WhatsApp', undefined, registry);
    expect(m.alsoNamed).toEqual(['sferum']);
    expect(m.evidence).toBe('whatsapp');
  });

  it('keeps the path (a phone number) out of the evidence', () => {
    const m = normalizePlatform('wa.me/79001234567', undefined, registry);
    expect(m.evidence).toBe('wa.me');
    expect(JSON.stringify(m.evidence)).not.toContain('7900');
  });

  it('does not throw on odd input', () => {
    for (const odd of [
      '\u0000',
      '::::',
      'http://',
      'https://@/',
      'tg:',
      '@@@',
      'a'.repeat(100_000),
      '💬📱',
      'x@y',
    ]) {
      expect(() => normalizePlatform(odd, odd, registry)).not.toThrow();
    }
    expect(() => normalizePlatform(undefined as unknown as string, undefined, registry)).not.toThrow();
  });

  it('is deterministic and does not depend on earlier calls', () => {
    const a = normalizePlatform('чат в телеге', undefined, registry);
    normalizePlatform('Сферум', 'https://vk.me/join/x', registry);
    expect(normalizePlatform('чат в телеге', undefined, registry)).toEqual(a);
  });
});

// ── property tests ──

const SAFE_LETTERS = 'бдзжлфцщъьыэюяqjz';
const filler = fc
  .array(fc.constantFrom(...SAFE_LETTERS), { minLength: 3, maxLength: 9 })
  .map((cs) => cs.join(''));
const separator = fc.constantFrom(' ', ', ', ' - ', ' (', ') ', ': ', ' / ', '\n', ' «', '» ');

const allAliases = registry.entries.flatMap((e) => e.aliases.map((a) => [e.id, a] as const));

function randomCase(s: string, mask: readonly boolean[]): string {
  return [...s].map((ch, i) => (mask[i % mask.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');
}

describe('normalizePlatform: properties', () => {
  it('any alias embedded in surrounding words still matches its entry', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...allAliases),
        fc.array(filler, { maxLength: 3 }),
        fc.array(filler, { maxLength: 3 }),
        separator,
        separator,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
        ([id, alias], before, after, sep1, sep2, mask) => {
          const context = [...before, ...after].join(' ');
          // The surrounding words must name nothing themselves.
          fc.pre(normalizePlatform(context, undefined, registry).matchedBy === 'none');
          const text = `${before.join(' ')}${sep1}${randomCase(alias, mask)}${sep2}${after.join(' ')}`;
          const m = normalizePlatform(text, undefined, registry);
          expect(m.entry?.id).toBe(id);
        },
      ),
      { numRuns: 600 },
    );
  });

  const TWINS: Record<string, string> = {
    а: 'a',
    е: 'e',
    о: 'o',
    р: 'p',
    с: 'c',
    у: 'y',
    х: 'x',
    a: 'а',
    e: 'е',
    o: 'о',
    p: 'р',
    c: 'с',
    y: 'у',
    x: 'х',
  };

  it('one lookalike letter from the other script does not hide an alias', () => {
    const swappable = allAliases.filter(([, a]) =>
      a
        .split(/[^\p{L}]+/u)
        .some((w) => w.length >= 3 && [...w.toLowerCase()].some((ch) => TWINS[ch] !== undefined)),
    );
    fc.assert(
      fc.property(fc.constantFrom(...swappable), fc.nat(), ([id, alias], n) => {
        const chars = [...alias];
        const positions = chars
          .map((ch, i) => [ch, i] as const)
          .filter(([ch]) => TWINS[ch.toLowerCase()] !== undefined)
          .map(([, i]) => i);
        const at = positions[n % positions.length]!;
        chars[at] = TWINS[chars[at]!.toLowerCase()]!;
        const m = normalizePlatform(chars.join(''), undefined, registry);
        expect(m.entry?.id).toBe(id);
      }),
      { numRuns: 400 },
    );
  });

  // Letters biased towards those aliases are made of, so random text often comes close.
  const LETTERS = [...'whatsapptelgrmviberdcoskyxnzqu', ...'ватсаптелегрмвйберзцдискоуэнщх'];
  const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));

  const L2C: Record<string, string> = {
    a: 'а',
    b: 'в',
    e: 'е',
    k: 'к',
    m: 'м',
    h: 'н',
    o: 'о',
    p: 'р',
    c: 'с',
    t: 'т',
    y: 'у',
    x: 'х',
  };
  const C2L: Record<string, string> = Object.fromEntries(Object.entries(L2C).map(([l, c]) => [c, l]));
  const map = (s: string, t: Record<string, string>): string => [...s].map((ch) => t[ch] ?? ch).join('');

  const prohibitedStems = registry.entries
    .filter((e) => e.status === 'prohibited')
    .flatMap((e) => e.aliases)
    .map((a) =>
      a
        .toLowerCase()
        .replace(/ё/g, 'е')
        .replace(/[^\p{L}\p{N}]+/gu, ''),
    )
    // A case ending may replace up to two final letters of a longer alias («телега» → «телегой»).
    .map((a) => (a.length > 4 ? a.slice(0, -2) : a));

  it('random letters never match a prohibited entry unless they contain an alias (stem)', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const text = words.join(' ');
        const m = normalizePlatform(text, undefined, registry);
        if (m.status !== 'prohibited') return;
        const glued = words.join('');
        const forms = [glued, map(glued, L2C), map(glued, C2L)];
        const contains = prohibitedStems.some((stem) => forms.some((f) => f.includes(stem)));
        expect(contains, `«${text}» matched ${m.entry?.id} by «${m.evidence}»`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('a site whose path or query mentions a messenger is never a messenger link', () => {
    const label = fc
      .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), { minLength: 2, maxLength: 10 })
      .map((cs) => cs.join(''));
    const name = fc.constantFrom(
      'telegram',
      'whatsapp',
      't.me',
      'wa.me',
      'viber',
      'discord.gg',
      'tg',
      'sferum',
    );
    fc.assert(
      fc.property(
        label,
        fc.constantFrom('ru', 'com', 'org', 'рф'),
        name,
        fc.boolean(),
        (host, tld, n, inQuery) => {
          fc.pre(!['t', 'wa', 'vk', 'max'].includes(host));
          const url = inQuery
            ? `https://${host}.${tld}/page?utm_source=${n}&ref=${n}`
            : `https://${host}.${tld}/news/${n}-ban`;
          const m = normalizePlatform(url, undefined, registry);
          expect(m.matchedBy).toBe('none');
          expect(normalizePlatform('сайт школы', url, registry).matchedBy).toBe('none');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('lookalike hosts never match: prefixes, suffixes and extra labels', () => {
    const domain = fc.constantFrom(
      ...registry.entries.filter((e) => e.status === 'prohibited').flatMap((e) => e.domains),
    );
    const junk = fc
      .array(fc.constantFrom(...'abcxyz0123'), { minLength: 1, maxLength: 6 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(domain, junk, fc.constantFrom('prefix', 'suffix-label', 'glued-tld'), (d, j, how) => {
        const host =
          how === 'prefix' ? `${j}${d}` : how === 'suffix-label' ? `${d}.${j}.com` : `${d}${j}.com`;
        const m = normalizePlatform(`https://${host}/join/abc`, undefined, registry);
        expect(m.status).not.toBe('prohibited');
      }),
      { numRuns: 500 },
    );
  });
});
