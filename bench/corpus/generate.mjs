// Deterministic labelled corpus of parents'-chat messages: planted FAKE identifiers of every kind
// (valid check digits) and decoys that must stay silent (wrong check digits, order numbers, dates,
// amounts, 20-digit numbers without context, school numbers). Used by bench/scan.mjs and by
// test/scan/precision.test.ts.
import * as id from './identifiers.mjs';

const CHAT = [
  'Добрый вечер! Завтра собрание в 18:00, кабинет 204.',
  'Спасибо большое!',
  'Подскажите, что задали по русскому?',
  'Упражнение 135 и 137, стр. 64',
  'Дети, не забудьте сменку 👟',
  'Кто-нибудь нашёл синюю шапку?',
  'Ирина Олеговна, Маша сегодня заболела, не придёт',
  'Выздоравливайте!',
  'Экскурсия переносится на 15.10, время то же',
  'Контрольная по математике в четверг, 3 урок',
  'Школа №72, вход со двора',
  'В 5А классе 28 учеников, в 5Б — 27',
  'Гимназия №1520 приглашает на день открытых дверей',
  'Ок 👍',
  'Счёт матча 3:1, наши молодцы!',
  'Переведите текст к завтрашнему уроку, стр. 42',
  'Реквизиты урока: тема, цель, домашнее задание',
  'Каникулы с 28.10.2024 по 05.11.2024',
  'Купили торт за 850 р, было очень вкусно',
  'Родительское собрание 12.09.2024 в 18:30, актовый зал',
  'Автобус в 8:15 от школы, вернёмся к 17:00',
  'Олимпиада по физике 24 ноября, регистрация до 20-го',
  'Сдаём тетради в понедельник',
  'Урок 7, задание 12, номер 345',
  'СОШ 163 выиграла турнир, 2 место у нас',
];
const PREFIXES = CHAT.filter((l) => !/\d ?(р|руб|₽)/.test(l));
const NAMES = ['Вари', 'Коли', 'Лёши', 'Дины', 'Севы', 'Маши', 'Пети', 'Артёма'];
const REASONS = ['экскурсию', 'подарок учителю', 'выпускной', 'театр', 'новогодние подарки', 'ремонт класса'];
const DOMAINS = ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'inbox.ru', 'list.ru'];
const MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** A message from pieces: strings, or [kind, text] for a labelled value. */
function build(parts) {
  let text = '';
  const labels = [];
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      labels.push({ kind: p[0], start: text.length, end: text.length + p[1].length });
      text += p[1];
    }
  }
  return { text, labels };
}

/** A payment phrase labelled from its wording to its amount. */
function payment(...parts) {
  return ['payment-document', parts.join('')];
}

const amount = (r) => r.pick(['300', '500', '700', '1000', '1 200', '1500', '2 450', '350', '800']);
const cur = (r) => r.pick([' ₽', ' руб.', ' р', 'р', ' рублей']);
const date = (r, y0 = 2011, y1 = 2017) => {
  const d = r.int(1, 28),
    m = r.int(1, 12),
    y = r.int(y0, y1);
  return r.pick([
    `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`,
    `${d} ${MONTHS[m - 1]} ${y}`,
    `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ]);
};
const email = (r) =>
  `${r.pick(['mama', 'papa', 'ivanova', 'petrov', 'klass5a', 'sidorova.e', 'k.orlova'])}${r.int(1, 999)}@${r.pick(DOMAINS)}`;
const phone = (r) => id.fmtPhone(r, id.mobile(r));
const passportText = (r) => {
  const p = id.passport(r);
  return r.pick([
    `${p.series.slice(0, 2)} ${p.series.slice(2)} ${p.number}`,
    `${p.series} ${p.number}`,
    `${p.series}${p.number}`,
  ]);
};
const qr = (r) => {
  const bik = r.pick(id.BIKS);
  return `ST00012|Name=${r.pick(['ООО «Школьное питание»', 'ИП Петрова А.С.', 'МБОУ СОШ № 72'])}|PersonalAcc=${id.account(r, bik)}|BankName=ПАО Сбербанк|BIC=${bik}|CorrespAcc=30101810500000000641|Sum=${r.int(100, 5000)}00`;
};

const POSITIVE = [
  (r) => build(['СНИЛС ребёнка ', ['snils', id.fmtSnils(id.snils(r))], ', заявление принесу завтра']),
  (r) => build(['Вот снилс: ', ['snils', id.snils(r)]]),
  (r) => build(['Для питания: СНИЛС ', ['snils', id.fmtSnils(id.snils(r))], ' (', r.pick(NAMES), ')']),
  (r) => build(['ИНН мой ', ['inn', id.inn12(r)], ', если нужно для вычета']),
  (r) => build(['ИНН: ', ['inn', id.inn12(r)]]),
  (r) => build(['Реквизиты кружка: ИНН ', ['inn', id.inn10(r)], ', ОГРН ', ['ogrn', id.ogrn(r)]]),
  (r) => build(['ОГРНИП тренера ', ['ogrn', id.ogrnip(r)], ', договор у него']),
  (r) => build(['Для билетов нужен паспорт ', ['passport', passportText(r)], ', выдан ОВД']),
  (r) => {
    const p = id.passport(r);
    return build([
      'Паспортные данные сопровождающего: серия ',
      ['passport', `${p.series} номер ${p.number}`],
    ]);
  },
  (r) =>
    build([
      'Скиньте на карту ',
      ['bank-card', id.fmtCard(id.card(r))],
      ' (',
      r.pick(['Сбер', 'Тинькофф', 'ВТБ']),
      ')',
    ]),
  (r) => build(['Карта для перевода: ', ['bank-card', id.card(r)]]),
  (r) => build(['моя карта ', ['bank-card', id.fmtCard(id.card(r), '-')]]),
  (r) => {
    const bik = r.pick(id.BIKS);
    return build(['р/с ', ['bank-account', id.account(r, bik)], ' БИК ', bik]);
  },
  (r) => {
    const bik = r.pick(id.BIKS);
    return build(['БИК ', bik, ', расчётный счёт ', ['bank-account', id.account(r, bik)]]);
  },
  (r) => build(['Расчетный счет ', ['bank-account', id.account(r, r.pick(id.BIKS))], ', получатель ИП']),
  (r) => build(['Мой номер ', ['phone', phone(r)], ', звоните после 18']),
  (r) => build([['phone', phone(r)], ' — мама ', r.pick(NAMES)]),
  (r) => build(['тел. ', ['phone', phone(r)]]),
  (r) => build(['Пишите в вацап ', ['phone', phone(r)]]),
  (r) => build(['Справки присылайте на ', ['email', email(r)]]),
  (r) => build(['почта ', ['email', email(r)], ', пишите']),
  (r) => build([r.pick(NAMES).replace(/и$/, 'я'), ', д.р. ', ['birth-date', date(r)]]),
  (r) => build(['Дата рождения: ', ['birth-date', date(r)]]),
  (r) =>
    build(['Петров Пётр, ', ['birth-date', date(r).replace(/^(\d{4})-(\d\d)-(\d\d)$/, '$3.$2.$1')], ' г.р.']),
  (r) => build(['родилась ', ['birth-date', date(r)], ', в школу пошла с семи']),
  (r) => build(['QR для оплаты питания: ', ['payment-qr', qr(r)]]),
  (r) => {
    const a = amount(r),
      c = cur(r);
    return build([payment('Сдаём по ', a, c), ' на ', r.pick(REASONS), ' до пятницы']);
  },
  (r) => build([payment('Квитанция за питание — ', amount(r), c(r))]),
  (r) => build(['Родительский комитет: ', payment('сбор по ', amount(r), cur(r)), ' на ', r.pick(REASONS)]),
  (r) => build([payment('Счёт на оплату экскурсии: ', amount(r), cur(r))]),
  (r) => build(['Переведите ', payment(amount(r), cur(r), ' по номеру телефона'), ' казначею']),
  (r) => build([payment('Оплата кружка ', amount(r), cur(r)), ' до 10 числа']),
  (r) => {
    const a = amount(r);
    return build([payment('Скиньте по ', a, ' р на карту'), ' ', ['bank-card', id.fmtCard(id.card(r))]]);
  },
  (r) => {
    const bik = r.pick(id.BIKS);
    return build([
      payment('Реквизиты для оплаты, сумма ', amount(r), cur(r)),
      ': р/с ',
      ['bank-account', id.account(r, bik)],
      ', БИК ',
      bik,
      ', ИНН ',
      ['inn', id.inn10(r)],
    ]);
  },
];
function c(r) {
  return cur(r);
}

/** Harder cases, some of which the detectors are known to miss (kept so the figures stay honest). */
const HARD_POSITIVE = [
  (r) =>
    build([
      'данные: ',
      ['passport', `${id.passport(r).series} ${id.passport(r).number}`],
      ' выдан ОУФМС по НСО',
    ]),
  (r) => build(['Позвоните Ане ', ['phone', id.mobile(r)]]),
  (r) => {
    const t = id.mobile(r);
    return build([
      'звоните ',
      ['phone', `+7-${t.slice(0, 3)}-${t.slice(3, 6)}-${t.slice(6, 8)}-${t.slice(8)}`],
    ]);
  },
  (r) => {
    const t = id.mobile(r);
    // 3-2-2-3 grouping: not a layout the phone detector reads (a known miss).
    return build(['мой ', ['phone', `8 ${t.slice(0, 3)} ${t.slice(3, 5)}-${t.slice(5, 7)}-${t.slice(7)}`]]);
  },
  (r) => build(['Вахта: ', ['phone', `8 (383) ${r.int(200, 399)}-${r.digits(2)}-${r.digits(2)}`]]),
  (r) => build(['ПИШИТЕ НА ', ['email', email(r).toUpperCase()]]),
  (r) => build([r.pick(NAMES), ', др ', ['birth-date', date(r)]]),
  // An organisation's ИНН without the word: the detector needs «ИНН» (a known miss).
  (r) => build(['ООО «Ромашка» ', ['inn', id.inn10(r)], ', КПП 540101001']),
  (r) => build(['На подарок ', payment('скидываемся по ', amount(r).replace(' ', ''))]),
  // An amount without a currency and without «по»: a known miss.
  (r) => build([payment('Деньги за экскурсию (', amount(r).replace(' ', ''), ')'), ' отдайте Маше']),
  (r) =>
    build([
      'Карта ',
      [
        'bank-card',
        `${id
          .card(r, 19)
          .match(/.{1,4}/g)
          .join(' ')}`,
      ],
      ' (Мир)',
    ]),
];

const HARD_DECOYS = [
  (r) =>
    build([
      'Подарочный сертификат ',
      `${r.int(2, 6)}${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`,
    ]),
  (r) => build(['полис ОМС ', `${r.int(2, 6)}${r.digits(15)}`]),
  (r) =>
    build([
      'Приказ от ',
      `${String(r.int(1, 28)).padStart(2, '0')}.${String(r.int(1, 12)).padStart(2, '0')}.${r.int(2010, 2024)}`,
      ' № ',
      String(r.int(1, 200)),
    ]),
  (r) =>
    build([
      'д.р. у ',
      r.pick(NAMES),
      ' ',
      `${String(r.int(1, 28)).padStart(2, '0')}.${String(r.int(1, 12)).padStart(2, '0')}`,
      ', скидываемся на торт',
    ]),
  (r) => build(['Номер обращения ', r.digits(12)]),
  (r) => build(['Штрихкод на коробке ', `460${r.digits(10)}`]),
  (r) => build(['штрихкод ', id.mobile(r)]),
];

const DECOYS = [
  (r) => build(['СНИЛС ', id.fmtSnils(id.breakLast(id.snils(r)))]),
  (r) => build(['ИНН ', id.breakLast(id.inn12(r))]),
  (r) => build(['ИНН ', id.breakLast(id.inn10(r))]),
  (r) => build(['ОГРН ', id.breakLast(id.ogrn(r))]),
  (r) => build(['карта ', id.fmtCard(id.breakLast(id.card(r)))]),
  (r) => {
    const bik = r.pick(id.BIKS);
    return build(['р/с ', id.breakLast(id.account(r, bik)), ' БИК ', bik]);
  },
  (r) => build(['Номер заказа ', `8${id.mobile(r)}`, ', доставка в четверг']),
  (r) => build(['Заказ №', id.mobile(r), ' пришёл в пункт выдачи']),
  (r) => build(['трек посылки ', `7${id.mobile(r)}`]),
  (r) =>
    build([
      'Собрание ',
      `${String(r.int(1, 28)).padStart(2, '0')}.${String(r.int(1, 12)).padStart(2, '0')}.2024`,
      ' в 18:00, кабинет ',
      String(r.int(100, 320)),
    ]),
  (r) => build(['Номер сертификата ', `${r.int(1, 9)}${r.digits(19)}`]),
  (r) => build(['Код активации ', `4${r.digits(19)}`, ', вводить на сайте']),
  (r) => build(['Потратили ', amount(r), cur(r), ' на торт и шарики, чеки у меня']),
  (r) => build(['Школа №', String(r.int(1, 200)), ', гимназия №', String(r.int(1500, 1600))]),
  (r) =>
    build([
      'Номер ',
      `${r.int(10, 99)}${r.pick(['01', '45', '88'])} ${r.int(100000, 999999)}`,
      ' — это артикул куртки',
    ]),
  (r) => build(['Итого за год ', `${r.int(1, 9)} ${r.digits(3)} ${r.digits(3)}`, ' руб. бюджет школы']),
  (r) =>
    build([
      'в ',
      String(r.int(5, 11)),
      'А ',
      String(r.int(20, 30)),
      ' человек, из них ',
      String(r.int(5, 15)),
      ' мальчиков',
    ]),
  () => build(['Пароль от вайфая 12345678, логин school72']),
  (r) =>
    build([
      'Время: ',
      `${r.int(8, 18)}:${r.pick(['00', '15', '30', '45'])}`,
      '–',
      `${r.int(8, 18)}:${r.pick(['00', '30'])}`,
    ]),
  (r) => build(['ДР у ', r.pick(NAMES), ' 12.03, поздравим!']),
];

/**
 * `size` messages from `seed`: 40 % ordinary talk, 25 % planted identifiers, 10 % harder planted
 * cases (some known misses), 15 % decoys, 10 % harder decoys; 30 % get a line of talk before. Same seed and size → the same corpus.
 */
export function generateCorpus({ seed = 72, size = 3000 } = {}) {
  const r = id.rng(seed);
  const out = [];
  for (let i = 0; i < size; i += 1) {
    const roll = r.next();
    let m;
    if (roll < 0.4) m = build([r.pick(CHAT)]);
    else if (roll < 0.65) m = r.pick(POSITIVE)(r);
    else if (roll < 0.75) m = r.pick(HARD_POSITIVE)(r);
    else if (roll < 0.9) m = r.pick(DECOYS)(r);
    else m = r.pick(HARD_DECOYS)(r);
    if (r.chance(0.3)) {
      // A line of talk before the message; never one with an amount, which would make the pair a
      // real (unlabelled) money request.
      const pre = `${r.pick(PREFIXES)}\n`;
      m = {
        text: pre + m.text,
        labels: m.labels.map((l) => ({ ...l, start: l.start + pre.length, end: l.end + pre.length })),
      };
    }
    out.push(m);
  }
  return out;
}
