using System.Collections.Concurrent;
using Microsoft.Identity.Client;

namespace OfficeAiGuard.Graph;

/// <summary>
/// MSAL token cache kept per partition: one entry per user (MSAL's suggested key for OBO is the hash
/// of the incoming assertion) and one for the app. Entries expire after <see cref="TimeToLive"/> and the
/// store is capped at <see cref="MaxEntries"/>, so a long-running API does not grow without bound.
/// In memory only: each API instance has its own.
/// </summary>
internal sealed class PartitionedTokenCache(TimeSpan timeToLive, int maxEntries, TimeProvider? time = null)
{
    private readonly ConcurrentDictionary<string, (byte[] Data, DateTimeOffset Expires)> _store = new(StringComparer.Ordinal);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public TimeSpan TimeToLive { get; } = timeToLive;
    public int MaxEntries { get; } = maxEntries;
    public int Count => _store.Count;

    public void Attach(ITokenCache cache)
    {
        cache.SetBeforeAccess(BeforeAccess);
        cache.SetAfterAccess(AfterAccess);
    }

    private void BeforeAccess(TokenCacheNotificationArgs args)
    {
        byte[]? data = null;
        if (args.SuggestedCacheKey is { } key && _store.TryGetValue(key, out var entry))
        {
            if (entry.Expires > _time.GetUtcNow()) data = entry.Data;
            else _store.TryRemove(key, out _);
        }
        args.TokenCache.DeserializeMsalV3(data, shouldClearExistingCache: true);
    }

    private void AfterAccess(TokenCacheNotificationArgs args)
    {
        if (!args.HasStateChanged || args.SuggestedCacheKey is not { } key) return;
        if (!args.HasTokens)
        {
            _store.TryRemove(key, out _);
            return;
        }
        _store[key] = (args.TokenCache.SerializeMsalV3(), _time.GetUtcNow() + TimeToLive);
        if (_store.Count > MaxEntries) Trim();
    }

    private void Trim()
    {
        var now = _time.GetUtcNow();
        foreach (var (key, entry) in _store)
            if (entry.Expires <= now) _store.TryRemove(key, out _);
        int excess = _store.Count - MaxEntries;
        if (excess <= 0) return;
        foreach (var key in _store.OrderBy(kv => kv.Value.Expires).Take(excess).Select(kv => kv.Key).ToList())
            _store.TryRemove(key, out _);
    }
}
