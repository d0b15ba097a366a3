using System.Text.Json.Nodes;
using Oa.Forms.Validation;

namespace Oa.Host.Features.ProcessTasks;

/// <summary>
/// A business rule checked when a request of <see cref="ProcessKey"/> is submitted, after the form validated: errors are
/// field errors (HTTP 400) and nothing is started. For rules the form cannot express because they need the database
/// (请假 balance). Registered in DI: <c>services.AddScoped&lt;IStartCheck, MyCheck&gt;()</c>.
/// </summary>
public interface IStartCheck
{
    string ProcessKey { get; }

    Task<IReadOnlyList<FieldError>> CheckAsync(JsonObject data, string user, CancellationToken ct);
}
