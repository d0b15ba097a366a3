using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Identity;

namespace Oa.Host.Features.Deputies;

/// <summary>代理设置: who handles my new tasks while I am away; admins can set it for anyone.</summary>
public sealed class IndexModel(OaDbContext db, TimeProvider clock, Engine.EngineHost engine) : PageModel
{
    public List<DeputyView> Rules { get; private set; } = [];
    public List<(string Key, string Name)> Processes { get; private set; } = [];
    public Dictionary<string, string> Errors { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done switch { "created" => "代理已设置", "revoked" => "代理已结束", _ => null };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(string? userName, string? deputy, DateTime? startsAt, DateTime? endsAt, string[] processKeys, string? reason, CancellationToken ct)
    {
        // The form's times are the user's local wall-clock times (the product's zone is the server's).
        DateTimeOffset? Local(DateTime? t) => t is { } v ? new DateTimeOffset(v, TimeZoneInfo.Local.GetUtcOffset(v)) : null;
        var result = await DeputiesApi.Create(new DeputyInput(userName, deputy, Local(startsAt), Local(endsAt), processKeys, reason), User, db, clock, ct);
        switch (result.Result)
        {
            case Created<DeputyView>: return RedirectToPage(new { done = "created" });
            case ForbidHttpResult: return Forbid();
            case ValidationProblem v:
                Errors = v.ProblemDetails.Errors.ToDictionary(e => e.Key, e => string.Join("；", e.Value));
                break;
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken ct)
    {
        var result = await DeputiesApi.Revoke(id, User, db, clock, ct);
        return result.Result is NotFound ? NotFound() : RedirectToPage(new { done = "revoked" });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rules = await DeputiesApi.ListAsync(db, User.UserName(), clock.GetUtcNow(), ct);
        // The published processes, latest version of each, as the engine host already holds them.
        await engine.PrepareAsync(ct);
        Processes = engine.Definitions.Latest.Select(p => (p.Key, p.Name)).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }
}
