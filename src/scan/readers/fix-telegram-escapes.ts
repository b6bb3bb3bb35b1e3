/**
 * Telegram Desktop writes control characters inside strings as `\xNN`, which JSON does not allow.
 * Rewrites them to `\u00NN` on the fly. Only a backslash that starts an escape counts: in `\\x41`
 * the second backslash is escaped, so the `x` is text. Backslashes only occur inside strings in
 * JSON, so no string tracking is needed; an escape cut by a chunk boundary is carried over.
 */
export async function* fixTelegramEscapes(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let carry = '';
  for await (const chunk of chunks) {
    const text = carry + chunk;
    carry = '';
    let out = '';
    let from = 0;
    let i = text.indexOf('\\');
    while (i >= 0) {
      if (i + 1 >= text.length) {
        carry = text.slice(i);
        break;
      }
      if (text[i + 1] === 'x') {
        if (i + 3 >= text.length) {
          carry = text.slice(i);
          break;
        }
        const hex = text.slice(i + 2, i + 4);
        if (/^[0-9a-fA-F]{2}$/.test(hex)) {
          out += `${text.slice(from, i)}\\u00${hex}`;
          from = i + 4;
          i = text.indexOf('\\', from);
          continue;
        }
      }
      // Any other escape: skip the backslash and the escaped character together.
      i = text.indexOf('\\', i + 2);
    }
    const end = carry ? text.length - carry.length : text.length;
    out += text.slice(from, end);
    if (out) yield out;
  }
  if (carry) yield carry;
}
