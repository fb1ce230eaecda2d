import { z } from 'zod';
import { errorCodes } from './errors.js';
import { clientEvents, serverEvents } from './index.js';
import { LIMITS, PROTOCOL_VERSION } from './common.js';

function schemaBlock(schema: z.ZodType, io: 'input' | 'output'): string {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return ['```json', JSON.stringify(json, null, 2), '```'].join('\n');
}

/** Renders docs/protocol.md from the contract, so the document cannot drift from the code. */
export function renderProtocolDoc(): string {
  const out: string[] = [
    '# Wire protocol',
    '',
    '<!-- Generated from shared/src/protocol by `pnpm docs:protocol`; a test fails when it is stale. -->',
    '',
    `Protocol version: **${PROTOCOL_VERSION}**. The socket handshake sends \`auth: { token, protocolVersion }\`;`,
    'a mismatch is refused with `version_mismatch` so an old tab asks to be reloaded.',
    '',
    'Every client event takes exactly one payload object and an acknowledgement callback. The ack is',
    'always `{ ok: true, ...output }` or `{ ok: false, error: { code, message, retryAfterMs? } }`.',
    'Before any handler runs, the server checks the role, then validates the payload against the',
    'schema below; unknown events get `unknown_event`. Any event may get `rate_limited` (with',
    '`retryAfterMs`); a store outage gives `unavailable`. Payloads over',
    `${LIMITS.maxPayloadBytes / 1024} KB are dropped by the transport.`,
    '',
    '## Error codes',
    '',
    '| code | meaning |',
    '| --- | --- |',
    ...Object.entries(errorCodes).map(([code, text]) => `| \`${code}\` | ${text} |`),
    '',
    '## Client → server events',
    '',
    '| event | who may send it | errors besides bad_request, forbidden, rate_limited, unavailable |',
    '| --- | --- | --- |',
    ...Object.entries(clientEvents).map(
      ([name, spec]) =>
        `| [\`${name}\`](#${name.replace(/[^a-z0-9-]/g, '')}) | ${spec.roles.join(', ')} | ${spec.errors.map((e) => `\`${e}\``).join(', ') || '—'} |`,
    ),
    '',
  ];
  for (const [name, spec] of Object.entries(clientEvents)) {
    out.push(`### ${name}`, '', spec.summary, '', `Who: ${spec.roles.join(', ')}.`, '');
    out.push(
      'Payload:',
      '',
      schemaBlock(spec.input, 'input'),
      '',
      'Acknowledgement (besides `ok: true`):',
      '',
    );
    out.push(schemaBlock(spec.output, 'output'), '');
  }
  out.push('## Server → client events', '');
  for (const [name, spec] of Object.entries(serverEvents)) {
    out.push(`### ${name}`, '', spec.summary, '', schemaBlock(spec.payload, 'output'), '');
  }
  return out.join('\n');
}
