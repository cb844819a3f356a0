using System.Collections.Concurrent;

namespace Grassroots.Web.Platform.Auth;

/// <summary>
/// Slows down password guessing without letting anyone lock an account out. Failures are counted per typed user name and
/// address — whether or not the name exists, so the answers never tell which names do: after
/// <see cref="FreeFailures"/> the next attempt from that address waits 30 seconds, then twice as long after each further
/// failure, up to 15 minutes. Failures for one name from every address together slow that name down to one attempt a
/// minute once they pass <see cref="NameFailures"/> in a quarter of an hour. The owner signing in from another address is
/// not held by an attacker's failures. A success clears its pair.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int FreeFailures = 5;
    public const int NameFailures = 30;
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan NameWindow = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan NameDelay = TimeSpan.FromMinutes(1);

    private sealed record Failures(int Count, DateTimeOffset Last, DateTimeOffset WindowStart);

    private readonly ConcurrentDictionary<string, Failures> _pairs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Failures> _names = new(StringComparer.Ordinal);

    /// <summary>How long the name must wait from this address before its next attempt is judged; null when it may try now.</summary>
    public TimeSpan? Wait(string userName, string address)
    {
        var now = clock.GetUtcNow();
        var waits = new List<TimeSpan>();
        if (_pairs.TryGetValue(Pair(userName, address), out var pair) && pair.Count >= FreeFailures)
        {
            var delay = TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, FirstDelay.Ticks << Math.Min(pair.Count - FreeFailures, 10)));
            waits.Add(pair.Last + delay - now);
        }
        if (_names.TryGetValue(Name(userName), out var name) && name.Count >= NameFailures && now - name.WindowStart < NameWindow)
        {
            waits.Add(name.Last + NameDelay - now);
        }
        var wait = waits.Count == 0 ? TimeSpan.Zero : waits.Max();
        return wait > TimeSpan.Zero ? wait : null;
    }

    public void Failed(string userName, string address)
    {
        var now = clock.GetUtcNow();
        _pairs.AddOrUpdate(Pair(userName, address), _ => new(1, now, now), (_, f) => f with { Count = f.Count + 1, Last = now });
        _names.AddOrUpdate(Name(userName), _ => new(1, now, now),
            (_, f) => now - f.WindowStart < NameWindow ? f with { Count = f.Count + 1, Last = now } : new(1, now, now));
        if (_pairs.Count > 100_000)
        {
            Forget(now);
        }
    }

    public void Succeeded(string userName, string address) => _pairs.TryRemove(Pair(userName, address), out _);

    private static string Name(string userName) => userName.ToUpperInvariant();

    private static string Pair(string userName, string address) => Name(userName) + "\n" + address;

    /// <summary>Old entries go, so a flood of made-up names cannot fill the memory.</summary>
    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, f) in _pairs.Where(p => now - p.Value.Last > MaxDelay * 2).ToList())
        {
            _pairs.TryRemove(key, out _);
        }
        foreach (var (key, f) in _names.Where(p => now - p.Value.WindowStart > NameWindow).ToList())
        {
            _names.TryRemove(key, out _);
        }
    }
}
