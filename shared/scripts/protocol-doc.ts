import { writeFileSync } from 'node:fs';
import { renderProtocolDoc } from '../src/protocol/describe.js';

const target = new URL('../../docs/protocol.md', import.meta.url);
writeFileSync(target, renderProtocolDoc());
console.log(`wrote ${target.pathname}`);
