using System.Net.Http.Json;

namespace Oa.Host.Tests.Security;

public enum RouteKind
{
    /// <summary>Names an object of someone else's: 403 or 404.</summary>
    Owned,
    /// <summary>Behind a role the outsider lacks (admin, process admin, HR): 403.</summary>
    Gated,
    /// <summary>The caller's own things (inbox, drafts, preferences): any answer, but none of others' data.</summary>
    OwnScope,
    /// <summary>Open to every employee by design (org directory, process list, docs): no leak, no 5xx.</summary>
    Open,
}

public sealed record RouteRule(RouteKind Kind, string Url, HttpContent? Body = null);

/// <summary>The classification of every mapped non-page route: method + route pattern → what an outsider must get.</summary>
public static class IdorRoutes
{
    public static Dictionary<string, RouteRule> Table(OwnedObjects o)
    {
        var i = o.InstanceId;
        var t = o.TaskId;
        var k = o.LedgerKey;
        var r = o.RecordId;
        var table = new Dictionary<string, RouteRule>
        {
            // Instances and tasks: the outsider is neither initiator, approver nor cc'd.
            ["GET /api/instances/{id}"] = new(RouteKind.Owned, $"/api/instances/{i}"),
            ["POST /api/instances/{id}/withdraw"] = new(RouteKind.Owned, $"/api/instances/{i}/withdraw"),
            ["POST /api/instances/{id}/urge"] = new(RouteKind.Owned, $"/api/instances/{i}/urge"),
            ["POST /api/instances/{id}/revoke"] = new(RouteKind.Owned, $"/api/instances/{i}/revoke", JsonContent.Create(new { reason = "x" })),
            ["POST /api/instances/{id}/cc"] = new(RouteKind.Owned, $"/api/instances/{i}/cc", JsonContent.Create(new { userNames = new[] { "zhaoliu" }, comment = "x" })),
            ["POST /api/instances/{id}/comments"] = new(RouteKind.Owned, $"/api/instances/{i}/comments", JsonContent.Create(new { text = "x" })),
            ["POST /api/instances/{id}/cancel"] = new(RouteKind.Gated, $"/api/instances/{i}/cancel"),
            ["POST /api/instances/{id}/incidents/{incidentId}/retry"] = new(RouteKind.Gated, $"/api/instances/{i}/incidents/1/retry"),
            ["GET /api/tasks/{id}"] = new(RouteKind.Owned, $"/api/tasks/{t}"),
            ["POST /api/tasks/batch"] = new(RouteKind.OwnScope, "/api/tasks/batch", JsonContent.Create(new { taskIds = new[] { t }, action = "approve", comment = "x" })),
            ["GET /api/tasks"] = new(RouteKind.OwnScope, "/api/tasks?box=todo&pageSize=100"),
            ["POST /api/processes/{key}/instances"] = new(RouteKind.OwnScope, "/api/processes/host_leave/instances", JsonContent.Create(new { variables = new { } })),
            ["POST /api/processes/{key}/preview"] = new(RouteKind.OwnScope, "/api/processes/host_leave/preview", JsonContent.Create(new { variables = new { } })),
            // Files, drafts, deputies, tokens, notifications: owner only.
            ["POST /api/files"] = new(RouteKind.OwnScope, "/api/files", new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4\n"u8.ToArray()), "file", "mine.pdf" } }),
            ["GET /api/files/{id}"] = new(RouteKind.Owned, $"/api/files/{o.FileId}"),
            ["GET /api/drafts"] = new(RouteKind.OwnScope, "/api/drafts"),
            ["POST /api/drafts"] = new(RouteKind.OwnScope, "/api/drafts", JsonContent.Create(new { processKey = "host_leave", variables = new { } })),
            ["GET /api/drafts/{id}"] = new(RouteKind.Owned, $"/api/drafts/{o.DraftId}"),
            ["PUT /api/drafts/{id}"] = new(RouteKind.Owned, $"/api/drafts/{o.DraftId}", JsonContent.Create(new { processKey = "host_leave", variables = new { } })),
            ["DELETE /api/drafts/{id}"] = new(RouteKind.Owned, $"/api/drafts/{o.DraftId}"),
            ["GET /api/deputies"] = new(RouteKind.OwnScope, "/api/deputies"),
            ["POST /api/deputies"] = new(RouteKind.Gated, "/api/deputies", JsonContent.Create(new { userName = "zhangsan", deputy = "zhaoliu", endsAt = DateTimeOffset.UtcNow.AddDays(2) })),
            ["DELETE /api/deputies/{id:long}"] = new(RouteKind.Owned, $"/api/deputies/{o.DeputyId}"),
            ["POST /api/auth/token"] = new(RouteKind.Open, "/api/auth/token", JsonContent.Create(new { userName = "zhangsan", password = "wrong-guess" })),
            ["GET /api/auth/me"] = new(RouteKind.OwnScope, "/api/auth/me"),
            ["GET /api/auth/tokens"] = new(RouteKind.OwnScope, "/api/auth/tokens"),
            ["POST /api/auth/tokens"] = new(RouteKind.OwnScope, "/api/auth/tokens", JsonContent.Create(new { name = "mine", expiresInDays = 1 })),
            ["DELETE /api/auth/tokens/{id:guid}"] = new(RouteKind.Owned, $"/api/auth/tokens/{o.TokenId}"),
            ["GET /api/notifications"] = new(RouteKind.OwnScope, "/api/notifications"),
            ["GET /api/notifications/unread-count"] = new(RouteKind.OwnScope, "/api/notifications/unread-count"),
            ["POST /api/notifications/{id:long}/read"] = new(RouteKind.Owned, $"/api/notifications/{o.NotificationId}/read"),
            ["POST /api/notifications/read-all"] = new(RouteKind.OwnScope, "/api/notifications/read-all"),
            ["GET /api/notifications/preferences"] = new(RouteKind.OwnScope, "/api/notifications/preferences"),
            ["PUT /api/notifications/preferences"] = new(RouteKind.OwnScope, "/api/notifications/preferences", JsonContent.Create(new { email = false })),
            // Ledgers: the outsider holds none of the sales ledger's roles.
            ["GET /api/ledgers"] = new(RouteKind.OwnScope, "/api/ledgers"),
            ["POST /api/ledgers/definitions"] = new(RouteKind.Gated, "/api/ledgers/definitions", JsonContent.Create(new { key = "x" })),
            ["GET /api/ledgers/{key}"] = new(RouteKind.Owned, $"/api/ledgers/{k}"),
            ["GET /api/ledgers/{key}/records"] = new(RouteKind.Owned, $"/api/ledgers/{k}/records"),
            ["GET /api/ledgers/{key}/lookup"] = new(RouteKind.Owned, $"/api/ledgers/{k}/lookup?q=S"),
            ["GET /api/ledgers/{key}/records/{id:long}"] = new(RouteKind.Owned, $"/api/ledgers/{k}/records/{r}"),
            ["GET /api/ledgers/{key}/records/{id:long}/history"] = new(RouteKind.Owned, $"/api/ledgers/{k}/records/{r}/history"),
            ["POST /api/ledgers/{key}/records"] = new(RouteKind.Owned, $"/api/ledgers/{k}/records", JsonContent.Create(new { fields = new { code = "Z-1", customer = "z" } })),
            ["PUT /api/ledgers/{key}/records/{id:long}"] = new(RouteKind.Owned, $"/api/ledgers/{k}/records/{r}", JsonContent.Create(new { fields = new { code = "S-1", customer = "z" } })),
            ["DELETE /api/ledgers/{key}/records/{id:long}"] = new(RouteKind.Owned, $"/api/ledgers/{k}/records/{r}"),
            ["POST /api/ledgers/{key}/records/{id:long}/evaluation-link"] = new(RouteKind.Owned, $"/api/ledgers/{k}/records/{r}/evaluation-link"),
            ["GET /api/ledgers/{key}/export"] = new(RouteKind.Owned, $"/api/ledgers/{k}/export"),
            ["POST /api/ledgers/{key}/import"] = new(RouteKind.Owned, $"/api/ledgers/{k}/import", new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "x.xlsx" } }),
            ["GET /api/ledgers/{key}/overdue"] = new(RouteKind.Owned, $"/api/ledgers/{k}/overdue"),
            ["GET /api/ledgers/{key}/report"] = new(RouteKind.Owned, $"/api/ledgers/{k}/report"),
            // Organisation directory: every employee may look people up (approver pickers); changes are admin-only.
            ["GET /api/org/users"] = new(RouteKind.Open, "/api/org/users?q=张"),
            ["GET /api/org/users/{userName}"] = new(RouteKind.Open, "/api/org/users/zhangsan"),
            ["GET /api/org/departments"] = new(RouteKind.Open, "/api/org/departments"),
            ["GET /api/org/departments/{id}"] = new(RouteKind.Open, "/api/org/departments/fwyyb"),
            ["GET /api/org/roles"] = new(RouteKind.Open, "/api/org/roles"),
            ["POST /api/org/users"] = new(RouteKind.Gated, "/api/org/users", JsonContent.Create(new { userName = "evil" })),
            ["PUT /api/org/users/{userName}"] = new(RouteKind.Gated, "/api/org/users/zhangsan", JsonContent.Create(new { displayName = "x" })),
            ["PUT /api/org/users/{userName}/roles"] = new(RouteKind.Gated, "/api/org/users/zhaoliu/roles", JsonContent.Create(new { roles = new[] { "管理员" } })),
            ["POST /api/org/users/{userName}/deactivate"] = new(RouteKind.Gated, "/api/org/users/zhangsan/deactivate"),
            ["POST /api/org/departments"] = new(RouteKind.Gated, "/api/org/departments", JsonContent.Create(new { id = "x", name = "x" })),
            ["PUT /api/org/departments/{id}"] = new(RouteKind.Gated, "/api/org/departments/fwyyb", JsonContent.Create(new { name = "x" })),
            ["DELETE /api/org/departments/{id}"] = new(RouteKind.Gated, "/api/org/departments/fwyyb"),
            ["GET /api/org/export"] = new(RouteKind.Gated, "/api/org/export"),
            ["POST /api/org/import"] = new(RouteKind.Gated, "/api/org/import", new MultipartFormDataContent { { new ByteArrayContent([1]), "file", "x.xlsx" } }),
            // Definitions and designer.
            ["GET /api/definitions"] = new(RouteKind.Open, "/api/definitions"),
            ["GET /api/definitions/moddle/oa.json"] = new(RouteKind.Open, "/api/definitions/moddle/oa.json"),
            ["POST /api/definitions"] = new(RouteKind.Gated, "/api/definitions", new MultipartFormDataContent { { new StringContent("<x/>"), "files", "x.bpmn" } }),
            ["GET /api/designer/forms/{formId}/fields"] = new(RouteKind.Gated, "/api/designer/forms/host_leave_form/fields"),
            ["POST /api/designer/feel/check"] = new(RouteKind.Gated, "/api/designer/feel/check", JsonContent.Create(new { expression = "1" })),
            ["POST /api/designer/forms/feel-check"] = new(RouteKind.Gated, "/api/designer/forms/feel-check", JsonContent.Create(new { expressions = new[] { "=1" } })),
            ["GET /api/designer/drafts/{key}"] = new(RouteKind.Gated, "/api/designer/drafts/host_leave"),
            ["PUT /api/designer/drafts/{key}"] = new(RouteKind.Gated, "/api/designer/drafts/host_leave", JsonContent.Create(new { xml = "<x/>" })),
            ["DELETE /api/designer/drafts/{key}"] = new(RouteKind.Gated, "/api/designer/drafts/host_leave"),
            ["GET /api/designer/process-settings/options"] = new(RouteKind.Gated, "/api/designer/process-settings/options"),
            ["POST /api/designer/title-preview"] = new(RouteKind.Gated, "/api/designer/title-preview", JsonContent.Create(new { template = "x" })),
            // Administration, attendance (HR) and payroll.
            ["GET /api/admin/instances"] = new(RouteKind.Gated, "/api/admin/instances"),
            ["GET /api/admin/instances/{id}"] = new(RouteKind.Gated, $"/api/admin/instances/{i}"),
            ["POST /api/admin/instances/{id}/suspend"] = new(RouteKind.Gated, $"/api/admin/instances/{i}/suspend"),
            ["POST /api/admin/instances/{id}/resume"] = new(RouteKind.Gated, $"/api/admin/instances/{i}/resume"),
            ["POST /api/admin/instances/{id}/cancel"] = new(RouteKind.Gated, $"/api/admin/instances/{i}/cancel"),
            ["POST /api/admin/instances/{id}/tasks/{taskId}/reassign"] = new(RouteKind.Gated, $"/api/admin/instances/{i}/tasks/{t}/reassign", JsonContent.Create(new { userName = "zhaoliu" })),
            ["POST /api/admin/instances/{id}/jump"] = new(RouteKind.Gated, $"/api/admin/instances/{i}/jump", JsonContent.Create(new { targetElementId = "End_Approved" })),
            ["GET /api/admin/jobs"] = new(RouteKind.Gated, "/api/admin/jobs"),
            ["POST /api/admin/jobs/{group}/{name}/run"] = new(RouteKind.Gated, "/api/admin/jobs/oa/x/run"),
            ["POST /api/admin/jobs/{group}/{name}/pause"] = new(RouteKind.Gated, "/api/admin/jobs/oa/x/pause"),
            ["POST /api/admin/jobs/{group}/{name}/resume"] = new(RouteKind.Gated, "/api/admin/jobs/oa/x/resume"),
            ["GET /api/attendance/punches"] = new(RouteKind.Gated, "/api/attendance/punches?user=zhangsan"),
            ["GET /api/attendance/month"] = new(RouteKind.Gated, "/api/attendance/month?user=zhangsan"),
            ["POST /api/attendance/punches/preview"] = new(RouteKind.Gated, "/api/attendance/punches/preview"),
            ["POST /api/attendance/punches/import"] = new(RouteKind.Gated, "/api/attendance/punches/import"),
            ["GET /api/attendance/periods"] = new(RouteKind.Gated, "/api/attendance/periods"),
            ["POST /api/attendance/periods/{id}/close"] = new(RouteKind.Gated, "/api/attendance/periods/2026-11/close"),
            ["POST /api/attendance/periods/{id}/confirm"] = new(RouteKind.Gated, "/api/attendance/periods/2026-11/confirm"),
            ["POST /api/attendance/periods/{id}/reopen"] = new(RouteKind.Gated, "/api/attendance/periods/2026-11/reopen", JsonContent.Create(new { reason = "x" })),
            ["GET /api/attendance/periods/{id}/summaries"] = new(RouteKind.Gated, "/api/attendance/periods/2026-11/summaries"),
            ["GET /api/attendance/periods/{id}/export"] = new(RouteKind.Gated, "/api/attendance/periods/2026-11/export"),
            ["GET /api/attendance/calendar"] = new(RouteKind.Gated, "/api/attendance/calendar"),
            ["PUT /api/attendance/calendar/{date}"] = new(RouteKind.Gated, "/api/attendance/calendar/2026-12-25", JsonContent.Create(new { kind = "holiday" })),
            ["DELETE /api/attendance/calendar/{date}"] = new(RouteKind.Gated, "/api/attendance/calendar/2026-12-25"),
            ["POST /api/attendance/calendar/import"] = new(RouteKind.Gated, "/api/attendance/calendar/import"),
            ["POST /api/payroll/{period}/run"] = new(RouteKind.Gated, "/api/payroll/2026-11/run"),
            ["GET /api/payroll/{period}"] = new(RouteKind.Gated, "/api/payroll/2026-11"),
            ["GET /api/payroll/{period}/export"] = new(RouteKind.Gated, "/api/payroll/2026-11/export"),
            // Infrastructure: anonymous by design; /metrics decides per caller.
            ["GET /metrics"] = new(RouteKind.Gated, "/metrics"),
            ["GET /health/live"] = new(RouteKind.Open, "/health/live"),
            ["GET /health/ready"] = new(RouteKind.Open, "/health/ready"),
            ["GET /openapi/{documentName}.json"] = new(RouteKind.Open, "/openapi/v1.json"),
            // Instance migration (process admins of that process), schedules and calendar import (HR), reports (admins,
            // process admins, department heads — the outsider is none of them).
            ["GET /api/admin/migrations/setup"] = new(RouteKind.Gated, "/api/admin/migrations/setup?processKey=host_leave&fromVersion=1&toVersion=1"),
            ["POST /api/admin/migrations/dry-run"] = new(RouteKind.Gated, "/api/admin/migrations/dry-run", JsonContent.Create(new { processKey = "host_leave", fromVersion = 1, toVersion = 1 })),
            ["POST /api/admin/migrations/execute"] = new(RouteKind.Gated, "/api/admin/migrations/execute", JsonContent.Create(new { processKey = "host_leave", fromVersion = 1, toVersion = 1 })),
            ["POST /api/attendance/calendar/preview"] = new(RouteKind.Gated, "/api/attendance/calendar/preview"),
            ["GET /api/attendance/schedules"] = new(RouteKind.Gated, "/api/attendance/schedules"),
            ["PUT /api/attendance/schedules/{id}"] = new(RouteKind.Gated, "/api/attendance/schedules/HQ", JsonContent.Create(new { name = "x" })),
            ["DELETE /api/attendance/schedules/{id}"] = new(RouteKind.Gated, "/api/attendance/schedules/HQ"),
            ["GET /api/attendance/schedule-spans"] = new(RouteKind.Gated, "/api/attendance/schedule-spans"),
            ["POST /api/attendance/schedule-spans"] = new(RouteKind.Gated, "/api/attendance/schedule-spans", JsonContent.Create(new { userName = "zhaoliu" })),
            ["DELETE /api/attendance/schedule-spans/{id:long}"] = new(RouteKind.Gated, "/api/attendance/schedule-spans/1"),
            ["GET /api/reports/processes"] = new(RouteKind.Gated, "/api/reports/processes"),
            ["GET /api/reports/processes/{key}"] = new(RouteKind.Gated, "/api/reports/processes/host_leave"),
            ["GET /api/reports/processes/{key}/export"] = new(RouteKind.Gated, "/api/reports/processes/host_leave/export"),
            ["GET /api/reports/dashboard"] = new(RouteKind.Gated, "/api/reports/dashboard"),
            ["GET /scalar/{documentName?}"] = new(RouteKind.Open, "/scalar/v1"),
            ["GET /scalar/scalar.js"] = new(RouteKind.Open, "/scalar/scalar.js"),
            ["GET /scalar/scalar.aspnetcore.js"] = new(RouteKind.Open, "/scalar/scalar.aspnetcore.js"),
            ["GET /scalar/favicon.svg"] = new(RouteKind.Open, "/scalar/favicon.svg"),
        };
        foreach (var action in new[] { "complete", "approve", "reject", "return", "transfer", "add-signer", "add-signer-before", "add-signer-after", "remove-signer", "delegate", "resolve", "resubmit", "revoke", "withdraw" })
            table[$"POST /api/tasks/{{id}}/{action}"] = new(RouteKind.Owned, $"/api/tasks/{t}/{action}", JsonContent.Create(new { comment = "x", userName = "zhaoliu", targetElementId = "Task_Head" }));
        return table;
    }
}
