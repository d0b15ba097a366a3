using System.Text.Json;

namespace Oa.Workflows.Runtime;

// What a job's worker sees when it picks the job up later than JobCreated: the same view the effect
// carried (the job token's locals up the scope chain over the process variables), read from the state.
public static class JobVariables
{
    public static IReadOnlyDictionary<string, JsonElement>? Of(InstanceState state, string jobId)
    {
        var job = state.Jobs.FirstOrDefault(j => j.JobId == jobId);
        if (job is null) return null;
        var token = state.Tokens.FirstOrDefault(t => t.Id == job.TokenId);
        return new VariableScope(id => state.Tokens.FirstOrDefault(t => t.Id == id), token, state.Variables).Flatten();
    }
}
