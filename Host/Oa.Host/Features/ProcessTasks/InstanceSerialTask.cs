using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Engine;

namespace Oa.Host.Features.ProcessTasks;

/// <summary>
/// <c>oa-instance-serial</c>: copies the request's serial number (the process's serialRule, numbered when the request
/// was saved) into a variable, header <c>variable</c> (default <c>serialNo</c>). The start form's oa-serial field stays
/// empty in the host because the number exists only once the instance is stored; 投诉受理 uses this to put its 8-digit
/// 投诉编号 into <c>complaintNo</c> before the 意见书 and the register need it. Naturally idempotent.
/// </summary>
public sealed class InstanceSerialTask : IHostServiceTask
{
    public const string TaskType = "oa-instance-serial";

    public string Type => TaskType;

    public async Task<IReadOnlyDictionary<string, JsonElement>> ExecuteAsync(HostServiceTaskContext context, CancellationToken ct)
    {
        var variable = context.Headers.GetValueOrDefault("variable") is { Length: > 0 } v ? v : "serialNo";
        var serial = await context.Db.ProcessInstances.AsNoTracking().Where(i => i.Id == context.InstanceId).Select(i => i.SerialNo).FirstOrDefaultAsync(ct);
        if (string.IsNullOrEmpty(serial)) throw new ServiceTaskBusinessError("NO_SERIAL", "该流程没有流水号规则 (the process has no serialRule)");
        return new Dictionary<string, JsonElement> { [variable] = JsonSerializer.SerializeToElement(serial) };
    }
}
