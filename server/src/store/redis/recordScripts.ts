import type { LuaScript } from './scripts.js';

/* Accounts (`{accounts}`), sessions (`{sessions}`) and safety flags (`{flags}`). */

export const createAccount: LuaScript = {
  name: 'alongsideCreateAccount',
  lua: `
-- KEYS: records, usernames, disabled. ARGV: id, username, account JSON, disabled 0/1.
if redis.call('HSETNX', KEYS[2], ARGV[2], ARGV[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
if ARGV[4] == '1' then redis.call('SADD', KEYS[3], ARGV[1]) end
return 1
`,
};

export const setAccountDisabled: LuaScript = {
  name: 'alongsideSetAccountDisabled',
  lua: `
-- KEYS: records, disabled. ARGV: id, disabled 0/1. Returns the account JSON or nil.
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then return nil end
if ARGV[2] == '1' then redis.call('SADD', KEYS[2], ARGV[1]) else redis.call('SREM', KEYS[2], ARGV[1]) end
return json
`,
};

export const createSession: LuaScript = {
  name: 'alongsideCreateSession',
  lua: `
-- KEYS: session, the subject's set of sessions. ARGV: session JSON, token hash, ttl ms.
-- The subject's set lives as long as its longest session.
local ttl = tonumber(ARGV[3])
redis.call('SET', KEYS[1], ARGV[1], 'PX', ttl)
redis.call('SADD', KEYS[2], ARGV[2])
if redis.call('PTTL', KEYS[2]) < ttl then redis.call('PEXPIRE', KEYS[2], ttl) end
return 1
`,
};

export const revokeSessions: LuaScript = {
  name: 'alongsideRevokeSessions',
  lua: `
-- KEYS: the subject's set of sessions. ARGV: session key prefix. Returns how many went.
-- Session keys are derived from the set's members; they carry the same {sessions} tag.
local revoked = 0
for _, tokenHash in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  revoked = revoked + redis.call('DEL', ARGV[1] .. tokenHash)
end
redis.call('DEL', KEYS[1])
return revoked
`,
};

export const recordConsent: LuaScript = {
  name: 'alongsideRecordConsent',
  lua: `
-- KEYS: peer (hash, one JSON value per field). ARGV: version, at. Returns the peer or nil.
if redis.call('EXISTS', KEYS[1]) == 0 then return nil end
redis.call('HSET', KEYS[1], 'consentVersion', ARGV[1], 'consentedAt', ARGV[2])
return redis.call('HGETALL', KEYS[1])
`,
};

/*
 * A flag is a hash with one JSON value per field (status, acknowledgedAt, …), so a transition
 * sets fields without re-encoding the record. Notes are a list beside it.
 * Each script returns {HGETALL flag, LRANGE notes}.
 */
const flagState = `
local function flagState()
  return {redis.call('HGETALL', KEYS[1]), redis.call('LRANGE', KEYS[2], 0, -1)}
end
`;

export const createFlag: LuaScript = {
  name: 'alongsideCreateFlag',
  lua: `${flagState}
-- KEYS: 1 flag, 2 notes, 3 unresolved flags (zset).
-- ARGV: 1 id, 2 createdAt, 3 '1' when unresolved, 4 the conversation's flags key ('' = none),
--   5 the peer's flags key ('' = none), 6 the peer's erasure marker ('' = none),
--   7 the stored levels that cover this one (JSON list; '' = store regardless), 8 categories
--   (JSON), 9 flag key prefix, 10 the reasons without matches (JSON), 11 number of notes n,
--   12 .. 11+n notes (JSON), then the fields (field, JSON value, …).
-- Keys in ARGV are fully named by the caller and carry the {flags} tag (same slot).
-- Returns the flag as stored, or nil when an unresolved flag of the conversation covers it.
if ARGV[7] ~= '' and ARGV[4] ~= '' then
  local covering = {}
  for _, level in ipairs(cjson.decode(ARGV[7])) do covering[level] = true end
  local wanted = cjson.decode(ARGV[8])
  for _, id in ipairs(redis.call('ZRANGE', ARGV[4], 0, -1)) do
    local other = ARGV[9] .. id
    local status = redis.call('HGET', other, 'status')
    if status and status ~= '"resolved"' and covering[redis.call('HGET', other, 'level')] then
      local has = {}
      for _, c in ipairs(cjson.decode(redis.call('HGET', other, 'categories') or '[]')) do
        has[c] = true
      end
      local all = true
      for _, c in ipairs(wanted) do
        if not has[c] then all = false end
      end
      if all then return nil end
    end
  end
end
local notes = tonumber(ARGV[11])
redis.call('DEL', KEYS[1], KEYS[2])
redis.call('HSET', KEYS[1], unpack(ARGV, 12 + notes))
if notes > 0 then redis.call('RPUSH', KEYS[2], unpack(ARGV, 12, 11 + notes)) end
-- Erasure marks the peer in this slot as it anonymises their flags, so a flag raised in the
-- same instant is either anonymised with them or sees the mark.
if ARGV[6] ~= '' and redis.call('EXISTS', ARGV[6]) == 1 then
  redis.call('HSET', KEYS[1], 'peerId', 'null', 'reasons', ARGV[10])
elseif ARGV[5] ~= '' then
  redis.call('ZADD', ARGV[5], ARGV[2], ARGV[1])
end
if ARGV[3] == '1' then redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1]) end
if ARGV[4] ~= '' then redis.call('ZADD', ARGV[4], ARGV[2], ARGV[1]) end
return flagState()
`,
};

export const readFlag: LuaScript = {
  name: 'alongsideReadFlag',
  lua: `${flagState}
-- KEYS: flag, notes.
if redis.call('EXISTS', KEYS[1]) == 0 then return nil end
return flagState()
`,
};

export const acknowledgeFlag: LuaScript = {
  name: 'alongsideAcknowledgeFlag',
  lua: `${flagState}
-- KEYS: flag, notes. ARGV: by (JSON), at. Only from open.
if redis.call('EXISTS', KEYS[1]) == 0 then return nil end
if redis.call('HGET', KEYS[1], 'status') == '"open"' then
  redis.call('HSET', KEYS[1], 'status', '"acknowledged"', 'acknowledgedBy', ARGV[1], 'acknowledgedAt', ARGV[2])
end
return flagState()
`,
};

export const addFlagNote: LuaScript = {
  name: 'alongsideAddFlagNote',
  lua: `${flagState}
-- KEYS: flag, notes. ARGV: note JSON.
if redis.call('EXISTS', KEYS[1]) == 0 then return nil end
redis.call('RPUSH', KEYS[2], ARGV[1])
return flagState()
`,
};

export const resolveFlag: LuaScript = {
  name: 'alongsideResolveFlag',
  lua: `${flagState}
-- KEYS: flag, notes, unresolved index. ARGV: id, by (JSON), at, outcome (JSON).
-- Resolving an open flag acknowledges it in the same step.
if redis.call('EXISTS', KEYS[1]) == 0 then return nil end
if redis.call('HGET', KEYS[1], 'status') ~= '"resolved"' then
  for field, value in pairs({acknowledgedAt = ARGV[3], acknowledgedBy = ARGV[2]}) do
    local current = redis.call('HGET', KEYS[1], field)
    if not current or current == 'null' then redis.call('HSET', KEYS[1], field, value) end
  end
  redis.call('HSET', KEYS[1], 'status', '"resolved"', 'resolvedAt', ARGV[3], 'resolvedBy', ARGV[2], 'outcome', ARGV[4])
  redis.call('ZREM', KEYS[3], ARGV[1])
end
return flagState()
`,
};

export const anonymiseFlags: LuaScript = {
  name: 'alongsideAnonymiseFlags',
  lua: `
-- KEYS: the peer's flags (zset), the peer's erasure marker. ARGV: flag key prefix, marker TTL ms.
-- Returns how many flags were kept without the peer: their id goes, and so do the words the
-- detector matched. The marker makes a flag created later anonymous too (see createFlag).
redis.call('SET', KEYS[2], '1', 'PX', ARGV[2])
local count = 0
for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local flag = ARGV[1] .. id
  if redis.call('EXISTS', flag) == 1 then
    local reasons = cjson.decode(redis.call('HGET', flag, 'reasons') or '[]')
    for _, reason in ipairs(reasons) do reason.match = '' end
    local encoded = '[]'
    if #reasons > 0 then encoded = cjson.encode(reasons) end
    redis.call('HSET', flag, 'peerId', 'null', 'reasons', encoded)
    count = count + 1
  end
end
redis.call('DEL', KEYS[1])
return count
`,
};

export const recordScripts = [
  createAccount,
  setAccountDisabled,
  createSession,
  revokeSessions,
  recordConsent,
  createFlag,
  readFlag,
  acknowledgeFlag,
  addFlagNote,
  resolveFlag,
  anonymiseFlags,
];
