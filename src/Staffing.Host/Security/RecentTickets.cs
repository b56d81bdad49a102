using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;

namespace Staffing.Host.Security;

/// <summary>
/// Sign-in cookies already decrypted, remembered for <see cref="Lifetime"/>: decrypting and verifying the cookie
/// with Data Protection is the largest fixed cost of a signed-in request, and a browser or client sends the same
/// cookie on every call.
/// </summary>
/// <remarks>
/// Why this is safe: only a cookie that decrypted and verified is remembered, keyed by the SHA-256 of its exact
/// text, so a forged or altered cookie never matches and is always checked in full (and failures are not kept,
/// so junk cannot fill the table). The cookie handler still checks the ticket's expiry on every request, and an
/// entry never outlives the ticket. Sign-out is unchanged: cookies are not tracked on the server, so sign-out
/// removes the cookie from the browser and the cookie would be accepted until it expires with or without this
/// table. What it delays, by at most <see cref="Lifetime"/>, is the revocation of a Data Protection key.
/// Each hit hands out a copy, so a request that changes its principal does not change the next one's.
/// </remarks>
internal sealed class RecentTickets(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider clock) : ISecureDataFormat<AuthenticationTicket>
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>Far above the signed-in users of one silo; when reached, lapsed entries go, then all if needed.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _tickets = new(StringComparer.Ordinal);

    public int Count => _tickets.Count;

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText))
        {
            return inner.Unprotect(protectedText, purpose);
        }

        var key = Key(protectedText, purpose);
        var now = clock.GetUtcNow();
        if (_tickets.TryGetValue(key, out var entry) && now < entry.Until)
        {
            return entry.Ticket.Clone();
        }

        var ticket = inner.Unprotect(protectedText, purpose);
        if (ticket is null)
        {
            _tickets.TryRemove(key, out _);
            return null;
        }

        var until = now + Lifetime;
        if (ticket.Properties.ExpiresUtc is { } expires && expires < until)
        {
            until = expires;
        }

        if (_tickets.Count >= Capacity)
        {
            Prune(now);
        }

        _tickets[key] = new Entry(ticket.Clone(), until);
        return ticket;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _tickets)
        {
            if (entry.Until <= now)
            {
                _tickets.TryRemove(key, out _);
            }
        }

        if (_tickets.Count >= Capacity)
        {
            _tickets.Clear();
        }
    }

    /// <summary>A digest rather than the cookie itself, so the table holds no usable credential.</summary>
    private static string Key(string protectedText, string? purpose)
    {
        var text = purpose is null ? protectedText : string.Concat(protectedText, "\n", purpose);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan()), hash);
        return Convert.ToHexString(hash);
    }

    private sealed record Entry(AuthenticationTicket Ticket, DateTimeOffset Until);
}
