import { writeFileSync } from 'node:fs';
import { renderAuthorizationDoc } from './matrix.js';

writeFileSync(new URL('../../docs/authorization.md', import.meta.url), renderAuthorizationDoc());
console.log('wrote docs/authorization.md');
