import type { LuaScript } from './scripts.js';

/*
 * The queue, shifts and conversation headers: every key here carries the `{dispatch}` tag.
 * Queue keys, in this order, are KEYS[1..4] of the queue scripts:
 *   entries (hash id → entry JSON), priorities (hash id → current priority),
 *   order (zset id → fair score), peers (hash peerId → id).
 * An entry's JSON keeps the priority it joined with; the priorities hash is the live value, so
 * raising a priority never re-encodes JSON in Lua (cjson turns empty arrays into objects).
 */

const fairScore = `
-- Fair order as one score: higher priority first, then who joined first. 2^44 ms is ~557 years,
-- so priority bands never overlap and every score stays an exact integer below 2^53.
local function fairScore(priority, joinedAt)
  return joinedAt - priority * 17592186044416
end
`;

export const enqueue: LuaScript = {
  name: 'alongsideEnqueue',
  lua: `${fairScore}
-- KEYS: 1-4 queue, 5 the peer's conversations (zset)
-- ARGV: id, peerId, entry JSON, priority, joinedAt, conversation header key prefix
-- Returns 'queued', 'already_queued' or 'in_chat'.
if redis.call('HEXISTS', KEYS[4], ARGV[2]) == 1 then return 'already_queued' end
-- The headers' status is the only record of which chats are active, so nothing else has to be
-- kept in step with it; a peer has few conversations (retention deletes the old ones).
for _, conversationId in ipairs(redis.call('ZRANGE', KEYS[5], 0, -1)) do
  if redis.call('HGET', ARGV[6] .. conversationId, 'status') == '"active"' then
    return 'in_chat'
  end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[4])
redis.call('ZADD', KEYS[3], fairScore(tonumber(ARGV[4]), tonumber(ARGV[5])), ARGV[1])
redis.call('HSET', KEYS[4], ARGV[2], ARGV[1])
return 'queued'
`,
};

export const removeQueueEntry: LuaScript = {
  name: 'alongsideRemoveQueueEntry',
  lua: `
-- ARGV: id. Returns {entry JSON, priority} or nil.
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then return nil end
local priority = redis.call('HGET', KEYS[2], ARGV[1])
local peerId = cjson.decode(json).peerId
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
if redis.call('HGET', KEYS[4], peerId) == ARGV[1] then redis.call('HDEL', KEYS[4], peerId) end
return {json, priority}
`,
};

export const raiseQueuePriority: LuaScript = {
  name: 'alongsideRaiseQueuePriority',
  lua: `${fairScore}
-- ARGV: id, priority. Only ever raises. Returns {entry JSON, priority} or nil.
local json = redis.call('HGET', KEYS[1], ARGV[1])
if not json then return nil end
local current = tonumber(redis.call('HGET', KEYS[2], ARGV[1]))
local wanted = tonumber(ARGV[2])
if wanted > current then
  current = wanted
  redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
  redis.call('ZADD', KEYS[3], fairScore(wanted, cjson.decode(json).joinedAt), ARGV[1])
end
return {json, tostring(current)}
`,
};

export const queueEntryForPeer: LuaScript = {
  name: 'alongsideQueueEntryForPeer',
  lua: `
-- ARGV: peerId. Returns {entry JSON, priority} or nil.
local id = redis.call('HGET', KEYS[4], ARGV[1])
if not id then return nil end
local json = redis.call('HGET', KEYS[1], id)
if not json then return nil end
return {json, redis.call('HGET', KEYS[2], id)}
`,
};

export const listQueue: LuaScript = {
  name: 'alongsideListQueue',
  lua: `
-- Returns {entry JSON, priority, entry JSON, priority, ...} in fair order: one snapshot.
local out = {}
for _, id in ipairs(redis.call('ZRANGE', KEYS[3], 0, -1)) do
  out[#out + 1] = redis.call('HGET', KEYS[1], id)
  out[#out + 1] = redis.call('HGET', KEYS[2], id)
end
return out
`,
};

export const removePeerFromQueue: LuaScript = {
  name: 'alongsideRemovePeerFromQueue',
  lua: `
-- ARGV: peerId. Returns 1 when the peer had an entry.
local id = redis.call('HGET', KEYS[4], ARGV[1])
if not id then return 0 end
redis.call('HDEL', KEYS[1], id)
redis.call('HDEL', KEYS[2], id)
redis.call('ZREM', KEYS[3], id)
redis.call('HDEL', KEYS[4], ARGV[1])
return 1
`,
};

/*
 * Shift transitions. A shift is JSON without arrays ({supporterId, status, capacity, startedAt}),
 * so re-encoding it in Lua is safe. KEYS: 1 shifts, and for ending 2 the supporter's active chats.
 */

export const startShift: LuaScript = {
  name: 'alongsideStartShift',
  lua: `
-- ARGV: supporterId, capacity, now. A running shift keeps its start time. Returns the shift JSON.
local existing = redis.call('HGET', KEYS[1], ARGV[1])
local startedAt = tonumber(ARGV[3])
if existing then startedAt = cjson.decode(existing).startedAt end
local json = cjson.encode({
  supporterId = ARGV[1], status = 'active', capacity = tonumber(ARGV[2]), startedAt = startedAt,
})
redis.call('HSET', KEYS[1], ARGV[1], json)
return json
`,
};

export const setShiftStatus: LuaScript = {
  name: 'alongsideSetShiftStatus',
  lua: `
-- ARGV: supporterId, status. Returns the shift JSON, or nil when not on shift. An ending shift
-- stays ending: a pause from a stale tab must not undo an end (the shift would never close).
local existing = redis.call('HGET', KEYS[1], ARGV[1])
if not existing then return nil end
local shift = cjson.decode(existing)
if shift.status == 'ending' then return existing end
shift.status = ARGV[2]
local json = cjson.encode(shift)
redis.call('HSET', KEYS[1], ARGV[1], json)
return json
`,
};

export const endShift: LuaScript = {
  name: 'alongsideEndShift',
  lua: `
-- ARGV: supporterId. Closes the shift when no chats are held, else marks it ending.
-- Returns the ending shift JSON, nil once closed, or 'not_on_shift'.
local existing = redis.call('HGET', KEYS[1], ARGV[1])
if not existing then return 'not_on_shift' end
if redis.call('ZCARD', KEYS[2]) == 0 then
  redis.call('HDEL', KEYS[1], ARGV[1])
  return nil
end
local shift = cjson.decode(existing)
shift.status = 'ending'
local json = cjson.encode(shift)
redis.call('HSET', KEYS[1], ARGV[1], json)
return json
`,
};

export const closeShiftIfIdle: LuaScript = {
  name: 'alongsideCloseShiftIfIdle',
  lua: `
-- ARGV: supporterId. An ending shift with no chats held is closed. Returns the shift JSON or nil.
local existing = redis.call('HGET', KEYS[1], ARGV[1])
if not existing then return nil end
if cjson.decode(existing).status == 'ending' and redis.call('ZCARD', KEYS[2]) == 0 then
  redis.call('HDEL', KEYS[1], ARGV[1])
  return nil
end
return existing
`,
};

/*
 * A conversation header is a hash with one JSON value per field (id, status, peerId, …), so a
 * script changes a field without re-encoding the record. Counters and receipts live in the
 * conversation's own slot ({conv:ID}); see conversationScripts.
 */

export const claimQueueEntry: LuaScript = {
  name: 'alongsideClaimQueueEntry',
  lua: `
-- KEYS: 1-4 queue (see above), 5 shifts, 6 the supporter's active chats (zset), 7 the new header
-- ARGV: 1 peer-conversations key prefix, 2 entry id ('' = next in fair order), 3 supporterId,
--       4 experience JSON, 5 conversationId, 6 now, 7.. header fields known to the caller
--       (field, JSON value, …)
-- Returns {'ok', entry JSON, priority} or {reason}.
local shiftJson = redis.call('HGET', KEYS[5], ARGV[3])
if not shiftJson then return {'not_on_shift'} end
local shift = cjson.decode(shiftJson)
if shift.status ~= 'active' then return {'not_on_shift'} end
if redis.call('ZCARD', KEYS[6]) >= shift.capacity then return {'at_capacity'} end

-- Next in fair order; among entries of the top priority whose peers asked for shared
-- experience, one matching the supporter's goes first. Never jumps a riskier peer.
local function pickNext()
  local ids = redis.call('ZRANGE', KEYS[3], 0, -1)
  local first = ids[1]
  local experience = cjson.decode(ARGV[4])
  if not first or #experience == 0 then return first end
  local lived = {}
  for _, topic in ipairs(experience) do lived[topic] = true end
  local top = tonumber(redis.call('HGET', KEYS[2], first))
  for _, id in ipairs(ids) do
    if tonumber(redis.call('HGET', KEYS[2], id)) ~= top then break end
    local entry = cjson.decode(redis.call('HGET', KEYS[1], id))
    if entry.wantsSharedExperience == true then
      for _, topic in ipairs(entry.topics) do
        if lived[topic] then return id end
      end
    end
  end
  return first
end

local id = ARGV[2]
if id == '' then id = pickNext() end
if not id then return {'already_taken'} end
local json = redis.call('HGET', KEYS[1], id)
if not json then return {'already_taken'} end
local priority = redis.call('HGET', KEYS[2], id)
local entry = cjson.decode(json)
redis.call('HDEL', KEYS[1], id)
redis.call('HDEL', KEYS[2], id)
redis.call('ZREM', KEYS[3], id)
redis.call('HDEL', KEYS[4], entry.peerId)

-- cjson writes an empty table as {}, so an empty topic list is spelled out.
local topics = '[]'
if #entry.topics > 0 then topics = cjson.encode(entry.topics) end
redis.call('HSET', KEYS[7], unpack(ARGV, 7))
redis.call('HSET', KEYS[7],
  'peerId', cjson.encode(entry.peerId), 'peerPseudonym', cjson.encode(entry.pseudonym),
  'topics', topics, 'language', cjson.encode(entry.language))
redis.call('ZADD', KEYS[6], ARGV[6], ARGV[5])
-- Derived from the entry, so not in KEYS; it carries the same {dispatch} tag (same slot).
redis.call('ZADD', ARGV[1] .. entry.peerId, ARGV[6], ARGV[5])
return {'ok', json, priority}
`,
};

export const endConversation: LuaScript = {
  name: 'alongsideEndConversation',
  lua: `
-- KEYS: 1 header, 2 ended conversations (zset by endedAt).
-- ARGV: 1 active-chats key prefix, 2 endedBy (JSON), 3 now.
-- Ends once and frees the supporter's slot in the same step. Returns the header or nil.
if redis.call('EXISTS', KEYS[1]) == 0 then return nil end
if redis.call('HGET', KEYS[1], 'status') == '"active"' then
  redis.call('HSET', KEYS[1], 'status', '"ended"', 'endedAt', ARGV[3], 'endedBy', ARGV[2])
  local id = cjson.decode(redis.call('HGET', KEYS[1], 'id'))
  local supporterId = cjson.decode(redis.call('HGET', KEYS[1], 'supporterId'))
  redis.call('ZREM', ARGV[1] .. supporterId, id)
  redis.call('ZADD', KEYS[2], ARGV[3], id)
end
return redis.call('HGETALL', KEYS[1])
`,
};

export const addConversationModerator: LuaScript = {
  name: 'alongsideAddConversationModerator',
  lua: `
-- KEYS: 1 header. ARGV: moderatorId. Idempotent. Returns the header or nil.
if redis.call('EXISTS', KEYS[1]) == 0 then return nil end
local moderators = cjson.decode(redis.call('HGET', KEYS[1], 'moderatorIds') or '[]')
local present = false
for _, id in ipairs(moderators) do
  if id == ARGV[1] then present = true end
end
if not present then
  moderators[#moderators + 1] = ARGV[1]
  redis.call('HSET', KEYS[1], 'moderatorIds', cjson.encode(moderators))
end
redis.call('HSET', KEYS[1], 'moderatorJoined', 'true')
return redis.call('HGETALL', KEYS[1])
`,
};

export const deleteConversations: LuaScript = {
  name: 'alongsideDeleteConversations',
  lua: `
-- KEYS: 1 ended conversations. ARGV: 1 header prefix, 2 active-chats prefix,
-- 3 peer-conversations prefix, 4 cutoff ('' = any; else only chats that ended before it), 5.. ids.
-- Removes headers and every index entry; the streams were tombstoned first (see RedisStore).
local deleted = 0
local cutoff = tonumber(ARGV[4])
for i = 5, #ARGV do
  local id = ARGV[i]
  local header = ARGV[1] .. id
  local endedAt = tonumber(redis.call('HGET', header, 'endedAt') or 'null')
  local due = cutoff == nil or (endedAt ~= nil and endedAt < cutoff)
  if redis.call('EXISTS', header) == 0 then
    redis.call('ZREM', KEYS[1], id)
  elseif due then
    redis.call('ZREM', ARGV[2] .. cjson.decode(redis.call('HGET', header, 'supporterId')), id)
    redis.call('ZREM', ARGV[3] .. cjson.decode(redis.call('HGET', header, 'peerId')), id)
    redis.call('ZREM', KEYS[1], id)
    redis.call('DEL', header)
    deleted = deleted + 1
  end
end
return deleted
`,
};

export const dispatchScripts = [
  startShift,
  setShiftStatus,
  endShift,
  closeShiftIfIdle,
  enqueue,
  removeQueueEntry,
  raiseQueuePriority,
  queueEntryForPeer,
  listQueue,
  removePeerFromQueue,
  claimQueueEntry,
  endConversation,
  addConversationModerator,
  deleteConversations,
];
