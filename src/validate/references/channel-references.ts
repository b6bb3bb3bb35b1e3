import { quoteId } from '../diagnostic-at.js';
import type { ReferenceContext } from './context.js';
import { str, valuesAt } from './values-at.js';

/** Every place that names a channel by id (members of a channel are people: roster-members.ts). */
const CHANNEL_PATHS: readonly (readonly string[])[] = [
  ['school', 'sferum', 'autoChannels', '*'],
  ['exports', '*', 'channel'],
];

/** A channel id not in the channel inventory (checked once the inventory is read, not a file reference). */
export function checkChannelReferences(ctx: ReferenceContext): void {
  if (!ctx.channelsKnown) return;
  for (const path of CHANNEL_PATHS) {
    for (const { value, pointer } of valuesAt(ctx.doc, path)) {
      const id = str(value);
      if (id === undefined || ctx.channels.has(id)) continue;
      ctx.report(
        'UNKNOWN_REFERENCE',
        pointer,
        {
          ru: `нет канала «${quoteId(id)}» в реестре каналов`,
          en: `no channel "${quoteId(id)}" in the channel inventory`,
        },
        {
          ru: 'исправьте идентификатор или добавьте канал в реестр',
          en: 'fix the id or add the channel to the inventory',
        },
      );
    }
  }
}
