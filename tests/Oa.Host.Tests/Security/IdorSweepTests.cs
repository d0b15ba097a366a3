using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Ledgers;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Security;

/// <summary>
/// Every API route the app maps, called by an ordinary employee (赵六, no roles) against objects that belong to
/// others. Object routes answer 403/404; role-gated routes 403; the caller's own lists never show others' data;
/// no route answers 5xx or echoes the owners' secrets. A route the table does not classify fails the test, so a new
/// endpoint cannot slip in unreviewed.
/// </summary>
public sealed class IdorSweepTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task EveryApiRoute_CalledByAnOutsider_IsRefusedOrEmpty_AndLeaksNothing()
    {
        var owned = await OwnedObjects.CreateAsync(factory);
        var table = IdorRoutes.Table(owned);
        var routes = MappedRoutes();

        var unclassified = routes.Where(r => !table.ContainsKey(r)).ToList();
        Assert.True(unclassified.Count == 0, "Classify these routes in IdorRoutes.Table:\n" + string.Join("\n", unclassified));
        var stale = table.Keys.Where(k => !routes.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "No longer mapped, remove from IdorRoutes.Table:\n" + string.Join("\n", stale));

        var stranger = await factory.ClientAsAsync("zhaoliu");
        var failures = new List<string>();
        foreach (var route in routes.Order())
        {
            var rule = table[route];
            var method = route[..route.IndexOf(' ')];
            using var request = new HttpRequestMessage(new HttpMethod(method), rule.Url);
            if (method is "POST" or "PUT" or "PATCH") request.Content = rule.Body ?? JsonContent.Create(new { comment = "x", reason = "x", text = "x" });
            using var response = await stranger.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var code = (int)response.StatusCode;
            if (code >= 500) failures.Add($"{route} → {code}");
            else if (rule.Kind is RouteKind.Owned && code is not (403 or 404)) failures.Add($"{route} ({rule.Url}) → {code}, expected 403/404: {Cut(body)}");
            else if (rule.Kind is RouteKind.Gated && code is not (403 or 404)) failures.Add($"{route} ({rule.Url}) → {code}, expected 403: {Cut(body)}");
            if (owned.Secrets.FirstOrDefault(s => body.Contains(s, StringComparison.Ordinal)) is { } leaked) failures.Add($"{route} leaked '{leaked}': {Cut(body)}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await owned.AssertUntouchedAsync();
    }

    private List<string> MappedRoutes()
    {
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null && e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {Normalise(e.RoutePattern.RawText)}"))
            .Distinct().ToList();
    }

    private static string Normalise(string? raw) => "/" + (raw ?? "").Trim('/');

    private static string Cut(string s) => s.Length > 300 ? s[..300] + "…" : s;
}
