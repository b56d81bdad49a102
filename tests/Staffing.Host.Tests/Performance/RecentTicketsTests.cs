using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Staffing.Host.Security;

namespace Staffing.Host.Tests.Performance;

public sealed class RecentTicketsTests
{
    private readonly CountingFormat _inner = new();
    private readonly ManualClock _clock = new();

    [Fact]
    public void A_cookie_is_decrypted_once_while_remembered()
    {
        var tickets = new RecentTickets(_inner, _clock);
        var cookie = _inner.Issue("ana", _clock.GetUtcNow().AddHours(8));

        var first = tickets.Unprotect(cookie);
        var second = tickets.Unprotect(cookie);

        Assert.Equal(1, _inner.Unprotected);
        Assert.Equal("ana", first?.Principal.Identity?.Name);
        Assert.Equal("ana", second?.Principal.Identity?.Name);
    }

    [Fact]
    public void A_remembered_cookie_is_checked_again_after_the_lifetime()
    {
        var tickets = new RecentTickets(_inner, _clock);
        var cookie = _inner.Issue("ana", _clock.GetUtcNow().AddHours(8));
        tickets.Unprotect(cookie);

        _clock.Advance(RecentTickets.Lifetime + TimeSpan.FromSeconds(1));
        _inner.Revoke(cookie);

        Assert.Null(tickets.Unprotect(cookie));
        Assert.Equal(2, _inner.Unprotected);
    }

    [Fact]
    public void An_entry_never_outlives_its_ticket()
    {
        var tickets = new RecentTickets(_inner, _clock);
        var cookie = _inner.Issue("ana", _clock.GetUtcNow().AddSeconds(5));
        tickets.Unprotect(cookie);

        _clock.Advance(TimeSpan.FromSeconds(6));
        tickets.Unprotect(cookie);

        Assert.Equal(2, _inner.Unprotected);
    }

    [Fact]
    public void A_cookie_that_does_not_verify_is_never_remembered()
    {
        var tickets = new RecentTickets(_inner, _clock);
        var cookie = _inner.Issue("ana", _clock.GetUtcNow().AddHours(8));

        Assert.Null(tickets.Unprotect(cookie + "x"));
        Assert.Null(tickets.Unprotect(cookie + "x"));

        Assert.Equal(2, _inner.Unprotected);
        Assert.Equal(0, tickets.Count);
    }

    [Fact]
    public void Each_hit_is_a_copy()
    {
        var tickets = new RecentTickets(_inner, _clock);
        var cookie = _inner.Issue("ana", _clock.GetUtcNow().AddHours(8));

        var first = tickets.Unprotect(cookie)!;
        ((ClaimsIdentity)first.Principal.Identity!).AddClaim(new Claim(ClaimTypes.Role, "admin"));
        first.Properties.Items["changed"] = "yes";
        var second = tickets.Unprotect(cookie)!;

        Assert.False(second.Principal.IsInRole("admin"));
        Assert.False(second.Properties.Items.ContainsKey("changed"));
    }

    /// <summary>Stands in for the Data Protection format: a cookie is a key into the tickets it issued.</summary>
    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        private readonly Dictionary<string, AuthenticationTicket> _issued = [];

        public int Unprotected { get; private set; }

        public string Issue(string user, DateTimeOffset expires)
        {
            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user)], "test"));
            return Protect(new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = expires }, "test"));
        }

        public void Revoke(string cookie) => _issued.Remove(cookie);

        public string Protect(AuthenticationTicket data) => Protect(data, null);

        public string Protect(AuthenticationTicket data, string? purpose)
        {
            var cookie = Guid.NewGuid().ToString("N");
            _issued[cookie] = data;
            return cookie;
        }

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Unprotected++;
            return protectedText is not null && _issued.TryGetValue(protectedText, out var ticket) ? ticket.Clone() : null;
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
