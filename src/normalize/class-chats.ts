import type { ChannelPurpose } from '../model/types.js';
import { isEducational, isMemberOf, type ChannelInfo, type InputIndex } from './build-index.js';

/** Students belong in the class chat; parents and class teachers in the class chat or the parents' chat. */
export const STUDENT_CHAT_PURPOSES: readonly ChannelPurpose[] = ['class'];
export const CLASS_CHAT_PURPOSES: readonly ChannelPurpose[] = ['class', 'parents'];

// Every person of a class asks for the same class's chats (600 people, a few dozen classes): each
// list is filtered once per input and shared, so callers must not modify it.
const chatsCache = new WeakMap<InputIndex, Map<readonly ChannelPurpose[], Map<string, ChannelInfo[]>>>();

export function eduClassChats(
  index: InputIndex,
  classId: string,
  purposes = CLASS_CHAT_PURPOSES,
): ChannelInfo[] {
  let byPurposes = chatsCache.get(index);
  if (!byPurposes) chatsCache.set(index, (byPurposes = new Map()));
  let byClass = byPurposes.get(purposes);
  if (!byClass) byPurposes.set(purposes, (byClass = new Map()));
  let chats = byClass.get(classId);
  if (!chats) {
    chats = (index.channelsByClass.get(classId) ?? []).filter(
      (c) => isEducational(c) && purposes.includes(c.channel.purpose),
    );
    byClass.set(classId, chats);
  }
  return chats;
}

export type ChatPresence = 'in' | 'out' | 'unknown' | 'no-chat';

/** Is the person in one of the class's educational chats of these purposes? */
export function presenceInClassChats(
  index: InputIndex,
  classId: string,
  personId: string,
  purposes: readonly ChannelPurpose[],
): ChatPresence {
  const chats = eduClassChats(index, classId, purposes);
  if (chats.length === 0) return 'no-chat';
  // «Out» only when every chat that could hold the person lists its members: a parent missing from
  // the listed parents' chat may still be in the class chat known only by counts.
  let unknown = false;
  for (const chat of chats) {
    const member = isMemberOf(chat, personId);
    if (member === true) return 'in';
    if (member === null) unknown = true;
  }
  return unknown ? 'unknown' : 'out';
}

/** Combines per-class presences: false when any class is known to miss the person, true when some is known and none misses. */
export function combinePresence(presences: readonly ChatPresence[]): boolean | null {
  if (presences.includes('out')) return false;
  if (presences.includes('in')) return true;
  return null;
}

/**
 * How many of `people` are known to be out of the class's chats of these purposes, by the same
 * per-person test as `presenceInClassChats` (a class without such a chat misses everyone). Null
 * when no one is known to be out but someone's presence is unknown: then zero would claim they
 * are all in. With some known out and others unknown the number is a lower bound, which is what a
 * rule asking «anyone missing?» needs.
 */
export function countOutOfClassChats(
  index: InputIndex,
  classId: string,
  people: Iterable<string>,
  purposes: readonly ChannelPurpose[],
): number | null {
  let out = 0;
  let unknown = false;
  for (const id of people) {
    const presence = presenceInClassChats(index, classId, id, purposes);
    if (presence === 'out' || presence === 'no-chat') out += 1;
    else if (presence === 'unknown') unknown = true;
  }
  return out === 0 && unknown ? null : out;
}
