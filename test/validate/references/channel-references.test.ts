import { describe, expect, it } from 'vitest';
import { checkChannelReferences } from '../../../src/validate/references/channel-references.js';
import { runCheck } from './run-check.js';

describe('checkChannelReferences', () => {
  const doc = {
    school: { sferum: { autoChannels: ['c', 'zz'] } },
    channels: [{ id: 'c' }],
    exports: [{ channel: 'zz', file: 'x.txt' }, 'not an object'],
  };

  it('reports automatic channels and exports naming a channel the inventory lacks', () => {
    expect(runCheck(checkChannelReferences, doc)).toEqual([
      ['UNKNOWN_REFERENCE', 'error', '/school/sferum/autoChannels/1'],
      ['UNKNOWN_REFERENCE', 'error', '/exports/0/channel'],
    ]);
  });

  it('checks nothing while the inventory is a file reference', () => {
    expect(runCheck(checkChannelReferences, { ...doc, channels: { file: 'channels.csv' } })).toEqual([]);
  });
});
