import type { LuaScript } from './scripts.js';

/*
 * One conversation's stream, all under its `{conv:ID}` tag:
 *   KEYS[1] state (hash: lastSeq, peerDelivered, peerRead, supporterDelivered, supporterRead)
 *   KEYS[2] messages (hash seq → message JSON): the only keys that hold message content
 *   KEYS[3] client ids (hash clientId → seq)
 * A deleted conversation (erasure, retention) leaves a tombstone: state holds only `erased`, so
 * a send that checked the header just before the delete cannot bring content back.
 */

export const appendMessage: LuaScript = {
  name: 'alongsideAppendMessage',
  lua: `
-- ARGV: clientId, message JSON, 'checked' when the caller has just seen the header exist.
-- Returns {duplicate 0/1, seq, message JSON}; nil when erased; 'ended' for a new message after
-- the chat ended; 'unknown' before the first message when the header has not been checked.
if redis.call('HEXISTS', KEYS[1], 'erased') == 1 then return nil end
-- A stream with messages belongs to a conversation that exists (a delete leaves 'erased'), so
-- only the first message needs the header, which lives in another slot.
if ARGV[3] ~= 'checked' and redis.call('HEXISTS', KEYS[1], 'lastSeq') == 0 then return 'unknown' end
local existing = redis.call('HGET', KEYS[3], ARGV[1])
if existing then return {1, existing, redis.call('HGET', KEYS[2], existing)} end
if redis.call('HEXISTS', KEYS[1], 'ended') == 1 then return 'ended' end
local seq = redis.call('HINCRBY', KEYS[1], 'lastSeq', 1)
redis.call('HSET', KEYS[2], seq, ARGV[2])
redis.call('HSET', KEYS[3], ARGV[1], seq)
return {0, tostring(seq), ARGV[2]}
`,
};

export const listMessages: LuaScript = {
  name: 'alongsideListMessages',
  lua: `
-- ARGV: afterSeq, limit. Returns {first seq, message JSON, ...}; seq n is stored under field n.
local last = tonumber(redis.call('HGET', KEYS[1], 'lastSeq') or '0')
local from = tonumber(ARGV[1]) + 1
local to = math.min(last, tonumber(ARGV[1]) + tonumber(ARGV[2]))
local out = {tostring(from)}
-- In chunks: unpack() of thousands of fields would overflow Lua's stack.
local chunkStart = from
while chunkStart <= to do
  local chunkEnd = math.min(to, chunkStart + 499)
  local fields = {}
  for seq = chunkStart, chunkEnd do fields[#fields + 1] = seq end
  for _, json in ipairs(redis.call('HMGET', KEYS[2], unpack(fields))) do
    out[#out + 1] = json or ''
  end
  chunkStart = chunkEnd + 1
end
return out
`,
};

export const updateReceipts: LuaScript = {
  name: 'alongsideUpdateReceipts',
  lua: `
-- KEYS: 1 state. ARGV: side ('peer' | 'supporter'), delivered or '', read or ''.
-- Receipts only move forward, never past lastSeq; read implies delivered. nil when erased.
if redis.call('HEXISTS', KEYS[1], 'erased') == 1 then return nil end
local last = tonumber(redis.call('HGET', KEYS[1], 'lastSeq') or '0')
local deliveredField, readField = ARGV[1] .. 'Delivered', ARGV[1] .. 'Read'
local delivered = tonumber(redis.call('HGET', KEYS[1], deliveredField) or '0')
local read = tonumber(redis.call('HGET', KEYS[1], readField) or '0')
if ARGV[3] ~= '' then read = math.max(read, math.min(tonumber(ARGV[3]), last)) end
if ARGV[2] ~= '' then delivered = math.max(delivered, math.min(tonumber(ARGV[2]), last)) end
delivered = math.max(delivered, read)
redis.call('HSET', KEYS[1], deliveredField, delivered, readField, read)
return redis.call('HGETALL', KEYS[1])
`,
};

export const eraseStream: LuaScript = {
  name: 'alongsideEraseStream',
  lua: `
-- KEYS: state, messages, client ids. ARGV: tombstone lifetime in ms.
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
redis.call('HSET', KEYS[1], 'erased', '1')
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1
`,
};

export const conversationScripts = [appendMessage, listMessages, updateReceipts, eraseStream];
